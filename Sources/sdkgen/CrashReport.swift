#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a crash of sdkgen itself (a Swift runtime trap, a bad access) into one located error line and exit status 1,
/// instead of a signal and a stack dump that name no input.
///
/// Hand-written because no library offers it: the signal handler may only call async-signal-safe functions, so the
/// message is formatted into a fixed buffer before anything runs, and the handler only `write`s it and `_exit`s.
enum CrashReport {
    /// The line written on a crash, NUL-terminated; set before the work starts.
    nonisolated(unsafe) private static var message: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var length = 0

    nonisolated(unsafe) private static var exitStatus: Int32 = 1

    /// Installs the handlers; a crash from now on reports `input` (the description or configuration being read) and
    /// exits with `status` (1, or 2 for `diff`, whose 1 means "breaking changes").
    static func install(input: String, status: Int32 = 1) {
        let text = "error: \(input): sdkgen stopped on an internal error while working on this input; "
            + "this is a bug in sdkgen, please report it with the file\n"
        exitStatus = status
        // Its own stack, so a stack overflow (deep recursion on a deeply nested input) is reported too.
        var alternate = stack_t()
        let size = 64 * 1024
        alternate.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        alternate.ss_size = size
        alternate.ss_flags = 0
        sigaltstack(&alternate, nil)
        let bytes = Array(text.utf8CString)
        let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count)
        buffer.initialize(from: bytes, count: bytes.count)
        message = buffer
        length = bytes.count - 1
        for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT] {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { _ in CrashReport.report() }
            #else
            action.__sigaction_u.__sa_handler = { _ in CrashReport.report() }
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(bitPattern: UInt32(truncatingIfNeeded: SA_RESETHAND) | UInt32(truncatingIfNeeded: SA_ONSTACK))
            sigaction(signal, &action, nil)
        }
        // Lets a test prove the handler works without a real bug to trigger it.
        if getenv("SDKGEN_CRASH_FOR_TEST") != nil { preconditionFailure("deliberate crash for a test") }
    }

    /// The signal handler: async-signal-safe calls only.
    private static func report() {
        if let message { _ = write(2, message, length) }
        _exit(exitStatus)
    }
}
