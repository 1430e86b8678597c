import Foundation
@testable import AzureSDKRuntime
import Testing

/// `x-ms-client-request-id` values are random version 4 UUIDs in lower case.
@Suite("Request ids")
struct RequestIDTests {
    @Test("a request id is a lower-case version 4 UUID, and ids do not repeat")
    func randomVersion4() {
        var seen: Set<String> = []
        for _ in 0..<10_000 {
            let id = RequestID.random()
            #expect(id.count == 36)
            #expect(id == id.lowercased())
            let uuid = UUID(uuidString: id)
            #expect(uuid != nil, "\(id)")
            let bytes = uuid.map { withUnsafeBytes(of: $0.uuid) { Array($0) } } ?? []
            #expect(bytes.count == 16 && bytes[6] >> 4 == 4, "version nibble of \(id)")
            #expect(bytes.count == 16 && bytes[8] >> 6 == 0b10, "variant bits of \(id)")
            seen.insert(id)
        }
        #expect(seen.count == 10_000)
    }
}
