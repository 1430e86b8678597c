/// Which way data flows through a compared type, since the same change means opposite things
/// for what callers send (a new required field breaks them) and what they receive (it does not).
enum Direction: Sendable, Hashable {
    /// Parameters and request bodies: written by the caller.
    case input
    /// Response bodies: read by the caller.
    case output
}
