import QtQuick
import Rapport.Ui

// A measure's last 12 weeks as a small line: one point a week, oldest on the
// left; a week with nothing to count leaves a gap. Percentages run from 0 to
// 100, counts from 0 to the largest week.
Canvas {
    id: chart
    property var values: []
    property bool percent: true
    property color lineColor: Theme.primary

    implicitHeight: 44
    Accessible.role: Accessible.Chart
    Accessible.name: {
        const known = values.filter(function(v) { return v !== null && v !== undefined })
        if (known.length === 0)
            return qsTr("No weeks to show yet")
        const unit = percent ? "%" : ""
        return qsTr("Last 12 weeks, from %1 to %2")
            .arg(Math.round(known[0]) + unit).arg(Math.round(known[known.length - 1]) + unit)
    }

    onValuesChanged: requestPaint()
    onWidthChanged: requestPaint()
    onHeightChanged: requestPaint()

    onPaint: {
        const ctx = getContext("2d")
        ctx.reset()
        const n = values.length
        if (n === 0)
            return
        let top = percent ? 100 : 1
        if (!percent)
            for (const v of values)
                if (v !== null && v !== undefined)
                    top = Math.max(top, v)
        const pad = 4
        const w = width - 2 * pad, h = height - 2 * pad
        const x = function(i) { return pad + (n === 1 ? w / 2 : i * w / (n - 1)) }
        const y = function(v) { return pad + h - (v / top) * h }
        // The base line.
        ctx.strokeStyle = Theme.divider
        ctx.lineWidth = 1
        ctx.beginPath()
        ctx.moveTo(pad, pad + h + 0.5)
        ctx.lineTo(pad + w, pad + h + 0.5)
        ctx.stroke()
        ctx.strokeStyle = lineColor
        ctx.fillStyle = lineColor
        ctx.lineWidth = 2
        ctx.beginPath()
        let drawing = false
        for (let i = 0; i < n; ++i) {
            const v = values[i]
            if (v === null || v === undefined) {
                drawing = false
                continue
            }
            if (drawing)
                ctx.lineTo(x(i), y(v))
            else
                ctx.moveTo(x(i), y(v))
            drawing = true
        }
        ctx.stroke()
        for (let i = 0; i < n; ++i) {
            const v = values[i]
            if (v === null || v === undefined)
                continue
            ctx.beginPath()
            ctx.arc(x(i), y(v), i === n - 1 ? 3.5 : 2, 0, 2 * Math.PI)
            ctx.fill()
        }
    }
}
