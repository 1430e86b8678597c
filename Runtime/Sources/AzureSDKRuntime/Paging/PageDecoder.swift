import Foundation

/// The JSON keys of a pageable response: the items array and the next-page link.
struct PageKeys: Sendable {
    var itemsKey: String
    var nextLinkKey: String?
}

/// Decodes one page response into a `Page`.
///
/// The keys come from the spec (`x-ms-pageable`), so they are passed at run time through
/// `userInfo` instead of being baked into a model type per operation.
enum PageDecoder {
    static let keysInfoKey = CodingUserInfoKey(rawValue: "AzureSDKRuntime.PageKeys")!

    /// An empty body (e.g. 204) is an empty last page; a 200 body without `itemsKey` is a
    /// `ResponseDecodingError`; `null` items or an empty/absent next link end the paging.
    static func decode<Item: Decodable & Sendable>(_ response: PipelineResponse, keys: PageKeys, as: Item.Type) throws -> Page<Item> {
        guard !response.body.isEmpty else { return Page(items: [], nextLink: nil, raw: response) }
        let decoder = JSONCoding.makeDecoder()  // its own: userInfo is set per page
        decoder.userInfo[keysInfoKey] = keys
        do {
            let envelope = try decoder.decode(PageEnvelope<Item>.self, from: response.body)
            return Page(items: envelope.items, nextLink: envelope.nextLink, raw: response)
        } catch {
            throw response.decodingError(for: Page<Item>.self, reason: DecodingFailureReason.describe(error))
        }
    }
}

/// A page body read with keys from `PageDecoder.keysInfoKey`.
private struct PageEnvelope<Item: Decodable>: Decodable {
    let items: [Item]
    let nextLink: String?

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        guard let keys = decoder.userInfo[PageDecoder.keysInfoKey] as? PageKeys else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "Paging keys missing."))
        }
        let container = try decoder.container(keyedBy: Key.self)
        let itemsKey = Key(stringValue: keys.itemsKey)
        guard container.contains(itemsKey) else {
            throw DecodingError.keyNotFound(
                itemsKey, .init(codingPath: [], debugDescription: "The page has no \"\(keys.itemsKey)\" array."))
        }
        items = try container.decodeIfPresent([Item].self, forKey: itemsKey) ?? []
        nextLink = try keys.nextLinkKey.flatMap { try container.decodeIfPresent(String.self, forKey: Key(stringValue: $0)) }
    }
}
