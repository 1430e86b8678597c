print("identity-emulator: not yet implemented")
