import QtQuick

// Put inside a form's background: catches a press anywhere beside the form
// (the dimmed area) and says so with tapped(), so the form can do what Escape
// does: close when nothing typed would be lost, ask (Keep editing / Discard)
// when something would. Presses on the form itself pass through.
// (Popup.CloseOnPressOutside closes without asking, and the overlay's dimmer
// hands presses to the popup machinery, never to items inside it.)
MouseArea {
    id: area
    signal tapped()
    objectName: "outsideTap"
    x: -10000
    y: -10000
    width: 20000 + parent.width
    height: 20000 + parent.height
    z: -1
    onPressed: (mouse) => {
        const p = mapToItem(area.parent, mouse.x, mouse.y)
        if (p.x >= 0 && p.y >= 0 && p.x <= area.parent.width && p.y <= area.parent.height) {
            mouse.accepted = false
            return
        }
        area.tapped()
    }
}
