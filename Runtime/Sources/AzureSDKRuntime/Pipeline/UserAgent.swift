import Foundation

/// Builds the `User-Agent` Azure's telemetry expects:
/// `[applicationID ]azsdk-swift-<sdkName>/<sdkVersion> (<OS> <version>; Swift <version>)`.
enum UserAgent {
    /// The full header value.
    static func make(applicationID: String?, sdkName: String, sdkVersion: String) -> String {
        let product = "azsdk-swift-\(sdkName)/\(sdkVersion) (\(operatingSystem); Swift \(swiftVersion))"
        guard let applicationID = applicationID?.trimmingCharacters(in: .whitespaces), !applicationID.isEmpty else {
            return product
        }
        // Spaces would split the application id into several User-Agent products.
        return applicationID.replacingOccurrences(of: " ", with: "-") + " " + product
    }

    /// The OS name and version, e.g. `Linux 6.8.0` or `macOS 14.5.0`.
    static var operatingSystem: String {
        let version = ProcessInfo.processInfo.operatingSystemVersion
        return "\(osName) \(version.majorVersion).\(version.minorVersion).\(version.patchVersion)"
    }

    private static var osName: String {
        #if os(macOS)
        return "macOS"
        #elseif os(iOS)
        return "iOS"
        #elseif os(tvOS)
        return "tvOS"
        #elseif os(watchOS)
        return "watchOS"
        #elseif os(visionOS)
        return "visionOS"
        #elseif os(Linux)
        return "Linux"
        #elseif os(Windows)
        return "Windows"
        #else
        return "unknown"
        #endif
    }

    /// The Swift language version the runtime was compiled with (compile-time only, so coarse).
    static var swiftVersion: String {
        #if swift(>=6.5)
        return "6.5+"
        #elseif swift(>=6.4)
        return "6.4"
        #elseif swift(>=6.3)
        return "6.3"
        #elseif swift(>=6.2)
        return "6.2"
        #elseif swift(>=6.1)
        return "6.1"
        #else
        return "6.0"
        #endif
    }
}
