/// Counts requests and decides which fault, if any, each one gets.
actor FaultInjector {
    /// What to do with one request.
    enum Fault: Sendable, Equatable {
        case none
        case drop
        case unavailable
    }

    private let plan: FaultInjection
    private var served = 0

    /// Creates an injector following `plan`.
    init(plan: FaultInjection) {
        self.plan = plan
    }

    /// The fault for the next request: drops first, then 503s, then none.
    func next() -> Fault {
        served += 1
        if served <= plan.dropFirst { return .drop }
        if served <= plan.dropFirst + plan.failFirst { return .unavailable }
        return .none
    }
}
