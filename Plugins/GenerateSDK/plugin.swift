import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-sdk [sdkgen arguments]`: regenerates the SDKs the
/// package's `sdkgen.yaml` describes, with the `sdkgen` of the version the package depends on.
///
/// Lets a package that depends on sdkgen keep its generated SDK current without cloning sdkgen; arguments after the
/// command go to `sdkgen generate` (`--check`, `--verbose`, `--config other.yaml`).
@main
struct GenerateSDK: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let sdkgen = try context.tool(named: "sdkgen")
        let process = Process()
        process.executableURL = sdkgen.url
        process.arguments = ["generate"] + arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            Diagnostics.error("sdkgen generate failed (status \(process.terminationStatus)); its messages are above")
            throw GenerateSDKFailure(status: process.terminationStatus)
        }
    }
}

/// `sdkgen generate` did not succeed.
struct GenerateSDKFailure: Error, CustomStringConvertible {
    let status: Int32
    var description: String { "sdkgen generate exited with status \(status)" }
}
