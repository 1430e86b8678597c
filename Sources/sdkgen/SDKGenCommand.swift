import ArgumentParser
import SDKGenerator

/// `sdkgen`: generates Swift SDKs from REST API descriptions.
@main
struct SDKGenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdkgen",
        abstract: "Generate an idiomatic Swift SDK from a Swagger 2.0 or OpenAPI 3.x description.",
        version: Generator.version,
        subcommands: [GenerateCommand.self, IRCommand.self, DiffCommand.self]
    )
}
