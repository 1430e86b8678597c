// The CLI and tests see the whole pipeline through this module.
@_exported import SDKGenEmitter
@_exported import SDKGenIR
@_exported import SDKGenReader
