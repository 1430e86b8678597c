import Foundation

/// `transform(0)`, …, `transform(count - 1)` run on all cores; the results come back in index order,
/// and when any call throws, the error of the lowest index is rethrown after all have run.
func concurrentMap<T>(_ count: Int, _ transform: (Int) throws -> T) throws -> [T] {
    let results = UnsafeMutableBufferPointer<Result<T, any Error>?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer {
        results.deinitialize()
        results.deallocate()
    }
    nonisolated(unsafe) let slots = results  // each iteration writes only its own slot
    withoutActuallyEscaping(transform) { transform in
        nonisolated(unsafe) let transform = transform
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots[index] = Result { try transform(index) }
        }
    }
    return try results.map { try $0!.get() }
}

/// Runs `first` and `second` at the same time and returns both results (or the first error, in argument order).
func inParallel<A, B>(_ first: () throws -> A, _ second: () throws -> B) throws -> (A, B) {
    let results: [Any] = try concurrentMap(2) { index -> Any in index == 0 ? try first() as Any : try second() as Any }
    return (results[0] as! A, results[1] as! B)
}
