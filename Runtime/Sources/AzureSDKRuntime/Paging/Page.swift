/// One page of a pageable operation's results.
public struct Page<Item>: Sendable where Item: Sendable {
    /// The items on this page, in service order.
    public let items: [Item]
    /// The link to the next page, or nil on the last page.
    public let nextLink: String?
    /// The HTTP response this page was read from (status, headers, request id); nil for pages made by hand.
    public let raw: PipelineResponse?

    /// Creates a page.
    public init(items: [Item], nextLink: String?, raw: PipelineResponse? = nil) {
        self.items = items
        self.nextLink = nextLink
        self.raw = raw
    }
}
