import Foundation

/// This checkout, for the tests that read its descriptions and templates. Only tests find it through `#filePath`:
/// sdkgen itself carries its templates and the runtime's published location (an installed binary has no checkout).
enum Checkout {
    /// The repository's root folder.
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// `relative` inside the checkout.
    static func path(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }
}
