pragma Singleton
import QtQuick

// Colours and sizes in one place. High contrast on purpose: tablets are read
// under bright shop lighting, so text is near-black on white and nothing
// important is conveyed by a pale colour alone.
QtObject {
    readonly property color primary: "#0B3D91"
    readonly property color accent: "#00695C"
    readonly property color text: "#101418"
    readonly property color secondaryText: "#3A4350"
    readonly property color background: "#EEF1F5"
    readonly property color surface: "#FFFFFF"
    readonly property color divider: "#C3CAD3"
    readonly property color danger: "#B3261E"
    readonly property color warning: "#8A5300"
    readonly property color warningBackground: "#FFF4DE"
    readonly property color selection: "#DCE6F7"

    readonly property int fontSize: 16
    readonly property int smallFont: 15
    readonly property int titleFont: 24
    readonly property int headingFont: 18
    readonly property int touch: 48
    readonly property int gap: 12
    readonly property int radius: 8

    function kindColor(kind) {
        switch (kind) {
        case "need": return "#6A1B9A"
        case "conversation": return "#1565C0"
        case "purchase": return "#2E7D32"
        case "education": return "#E65100"
        case "return": return "#AD1457"
        default: return "#455A64"
        }
    }

    function kindGlyph(kind) {
        switch (kind) {
        case "need": return "?"
        case "conversation": return "\u270E"
        case "purchase": return "+"
        case "education": return "\u2605"
        case "return": return "\u21A9"
        default: return "\u2022"
        }
    }
}
