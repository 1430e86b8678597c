/// Thrown after fault injection closed the connection, so nothing tries to answer on it.
struct ConnectionDropped: Error {}
