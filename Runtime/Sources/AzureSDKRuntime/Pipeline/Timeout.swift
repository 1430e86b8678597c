/// Runs an operation against a deadline by racing it with a sleep in a task group.
///
/// Structured concurrency means the losing child is cancelled; an operation that ignores
/// cancellation still delays the return until it finishes, which is why transports must
/// honour cancellation (URLSession does).
enum Timeout {
    /// The result of `operation`, or `PipelineTimeoutError(kind, limit)` when `limit` passes
    /// first; with no limit the operation simply runs.
    static func run<T: Sendable>(
        _ limit: Duration?, kind: PipelineTimeoutError.Kind,
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        guard let limit else { return try await operation() }
        return try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: limit)
                throw PipelineTimeoutError(kind: kind, limit: limit)
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw CancellationError() }
            return first
        }
    }
}
