import Foundation
import Yams

/// `sdkgen.yaml` at the repository root: what `sdkgen generate` (no arguments) produces.
///
/// ```yaml
/// spec: Spec/CommunicationIdentity.yaml
/// output: Generated
/// module: AzureCommunicationIdentity
/// clientName: CommunicationIdentityClient
/// sdkName: communication-identity
/// sdkVersion: 1.0.0-beta.1
/// templates: Templates
/// ```
/// Relative paths are relative to the folder holding the configuration file.
public struct GeneratorConfig: Codable, Sendable, Hashable {
    /// The API description.
    public var spec: String
    /// The output folder (gets `Sources/<module>/` and `Tests/<module>Tests/`).
    public var output: String
    /// The generated module's name.
    public var module: String
    /// The client type's name; derived from the description's title when absent.
    public var clientName: String?
    /// Name in `User-Agent`.
    public var sdkName: String
    /// The SDK's version.
    public var sdkVersion: String
    /// The templates folder; `Templates` when absent.
    public var templates: String?
    /// Also write `Package.swift` into `output` (a standalone package).
    public var standalonePackage: Bool?

    /// Creates a configuration.
    public init(spec: String, output: String, module: String, clientName: String? = nil, sdkName: String,
                sdkVersion: String, templates: String? = nil, standalonePackage: Bool? = nil) {
        self.spec = spec
        self.output = output
        self.module = module
        self.clientName = clientName
        self.sdkName = sdkName
        self.sdkVersion = sdkVersion
        self.templates = templates
        self.standalonePackage = standalonePackage
    }

    /// Reads the configuration at `path`, resolving its relative paths against its folder.
    public static func load(path: String) throws -> GeneratorConfig {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw GeneratorError(location: path, message: "cannot read the configuration file (expected sdkgen.yaml with spec, output, module, sdkName, sdkVersion)")
        }
        var config: GeneratorConfig
        do {
            config = try YAMLDecoder().decode(GeneratorConfig.self, from: text)
        } catch let error as DecodingError {
            throw GeneratorError(location: path, message: "invalid configuration: \(Self.describe(error))")
        } catch {
            throw GeneratorError(location: path, message: "invalid configuration: \(error)")
        }
        let base = (path as NSString).deletingLastPathComponent
        func resolve(_ relative: String) -> String {
            relative.hasPrefix("/") || base.isEmpty ? relative : (base as NSString).appendingPathComponent(relative)
        }
        config.spec = resolve(config.spec)
        config.output = resolve(config.output)
        config.templates = resolve(config.templates ?? "Templates")
        return config
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): return "missing key '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "'\(path)': \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
