/// The items of a pageable operation, fetched page by page behind the scenes.
///
/// Lets callers write `for try await item in client.listThings()` without knowing about
/// `nextLink`; use `pages` to see page boundaries.
public struct PagedItems<Item: Decodable & Sendable>: AsyncSequence, Sendable {
    /// Each element is one item.
    public typealias Element = Item

    /// The same results page by page.
    public let pages: PagedPages<Item>

    init(pages: PagedPages<Item>) {
        self.pages = pages
    }

    /// Starts at the first item of the first page.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator())
    }

    /// Yields the buffered page's items, fetching the next page when they run out.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private var pages: PagedPages<Item>.AsyncIterator
        private var buffer: [Item] = []
        private var index = 0

        init(pages: PagedPages<Item>.AsyncIterator) {
            self.pages = pages
        }

        /// The next item, or nil after the last page; empty pages are skipped.
        public mutating func next() async throws -> Item? {
            while index == buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = page.items
                index = 0
            }
            defer { index += 1 }
            return buffer[index]
        }
    }
}
