import AzureSDKRuntime
import Foundation
import Testing

/// The case of a polymorphic enum decides the discriminator on the wire, whatever the subtype's property says.
@Suite("Discriminator")
struct DiscriminatorTests {
    struct Animal: Codable {
        var type: String
        var lives: Int
    }

    struct AsCat: Encodable {
        let animal: Animal
        func encode(to encoder: any Encoder) throws {
            try animal.encode(to: encoder)
            try Discriminator.encode("cat", in: encoder, key: "type")
        }
    }

    @Test("encode overrides the subtype's own value; value(in:) reads it back")
    func roundTrip() throws {
        let data = try JSONEncoder().encode(AsCat(animal: Animal(type: "dog", lives: 9)))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect(json?["type"] as? String == "cat")
        #expect(json?["lives"] as? Int == 9)
        struct Probe: Decodable {
            let kind: String?
            init(from decoder: any Decoder) throws { kind = try Discriminator.value(in: decoder, key: "type") }
        }
        #expect(try JSONDecoder().decode(Probe.self, from: data).kind == "cat")
        #expect(try JSONDecoder().decode(Probe.self, from: Data(#"{"type":7}"#.utf8)).kind == nil)
    }
}
