/// The pages of a pageable operation, fetched lazily one at a time as you iterate.
///
/// Page-by-page iteration is for callers that need page boundaries (e.g. to checkpoint the
/// `nextLink`); most code iterates `PagedItems` instead.
public struct PagedPages<Item: Decodable & Sendable>: AsyncSequence, Sendable {
    /// Each element is one page.
    public typealias Element = Page<Item>

    /// Fetches the first page (nil) or the page at a next link.
    let fetch: @Sendable (String?) async throws -> Page<Item>

    init(fetch: @escaping @Sendable (String?) async throws -> Page<Item>) {
        self.fetch = fetch
    }

    /// Starts at the first page.
    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(fetch: fetch)
    }

    /// Follows `nextLink` until a page has none.
    public struct AsyncIterator: AsyncIteratorProtocol {
        private enum State {
            case first
            case next(String)
            case done
        }

        private let fetch: @Sendable (String?) async throws -> Page<Item>
        private var state = State.first

        init(fetch: @escaping @Sendable (String?) async throws -> Page<Item>) {
            self.fetch = fetch
        }

        /// The next page, or nil after the last; an error ends the iteration.
        public mutating func next() async throws -> Page<Item>? {
            let link: String?
            switch state {
            case .done: return nil
            case .first: link = nil
            case .next(let nextLink): link = nextLink
            }
            do {
                let page = try await fetch(link)
                if let nextLink = page.nextLink, !nextLink.isEmpty {
                    state = .next(nextLink)
                } else {
                    state = .done
                }
                return page
            } catch {
                state = .done
                throw error
            }
        }
    }
}
