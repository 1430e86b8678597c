import IdentityEmulator

/// Short names for the emulator's documented defaults.
enum EmulatorConfigurationDefaults {
    /// The default access key.
    static let key = EmulatorConfiguration.defaultAccessKey
}
