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
    // Text and marks drawn on the primary colour (header bar), on the note
    // kinds' colours and on the dark snackbar; fills of plain buttons, tags and
    // the row the keyboard points at. tests/ui/tst_contrast.cpp checks every
    // pair of these that is drawn together is at least 4.5:1 (WCAG 2.1 AA).
    readonly property color inkOnPrimary: "#FFFFFF"
    readonly property color inkOnKind: "#FFFFFF"
    readonly property color buttonFill: "#DCE2EA"
    readonly property color tagBackground: "#E0F2F1"
    readonly property color keyedRow: "#EEF6F5"
    readonly property color hoveredRow: "#F6F8FB"
    readonly property color snackbar: "#1F2630"
    readonly property color snackbarAction: "#9CD3FF"
    readonly property color badge: "#163F88"

    // Text follows the system font size (the desktop's font setting, Android's
    // font scale, or `rapport --font-scale`): the sizes below are for a
    // 10-point system font and grow with a larger one, up to 200 % and beyond;
    // never smaller, so the floor stays readable on a tablet at arm's length.
    readonly property real fontScale: {
        const font = Qt.application.font
        const size = font.pointSize > 0 ? font.pointSize / 10 : font.pixelSize / (10 * 96 / 72)
        return Math.max(1, size)
    }
    readonly property int fontSize: Math.round(16 * fontScale)
    readonly property int smallFont: Math.round(15 * fontScale)
    readonly property int titleFont: Math.round(24 * fontScale)
    readonly property int headingFont: Math.round(18 * fontScale)
    readonly property int nameFont: Math.round(17 * fontScale)   // a client's name in a list row
    readonly property int brandFont: Math.round(22 * fontScale)  // "Rapport" in the header bar
    readonly property int glyphFont: Math.round(20 * fontScale)  // the mark of a note kind
    // Touch targets grow with the text they hold (48 px at the usual size).
    readonly property int touch: Math.max(48, Math.round(fontSize * 3))
    // Round marks (avatars, note kinds) sized to their letters.
    readonly property int mark: Math.round(44 * fontScale)
    readonly property int gap: 12
    readonly property int radius: 8

    function kindColor(kind) {
        switch (kind) {
        case "need": return "#6A1B9A"
        case "conversation": return "#1565C0"
        case "purchase": return "#2E7D32"
        case "education": return "#BF360C" // deep orange: #E65100 under white text was 3.8:1
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
