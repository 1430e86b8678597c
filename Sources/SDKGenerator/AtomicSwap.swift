import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exchanges two directories in one step, so a reader (or a crash) sees either the old or the
/// new tree, never neither.
///
/// Linux has `renameat2(RENAME_EXCHANGE)` and macOS `renamex_np(RENAME_SWAP)`; Foundation wraps
/// neither, and Swift does not import them, so they are looked up at run time.
enum AtomicSwap {
    /// Swaps `first` and `second` (both must exist); false when the system cannot do it atomically.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let atCurrentDirectory: Int32 = -100  // AT_FDCWD
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
        return renameat2(atCurrentDirectory, first, atCurrentDirectory, second, exchangeFlag) == 0
        #elseif canImport(Darwin)
        typealias RenameXNP = @convention(c) (UnsafePointer<CChar>, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: -2), "renamex_np") else { return false }
        let renamex = unsafeBitCast(symbol, to: RenameXNP.self)
        return renamex(first, second, 0x2) == 0  // RENAME_SWAP
        #else
        return false
        #endif
    }
}
