import Foundation

/// How a `Date` is written in a path segment, query parameter or header.
///
/// Azure descriptions pick the form per parameter with `format`; the value is a `Date` either way, so the
/// generated call names the form and the runtime writes it (one implementation, the same bytes from every SDK).
public enum DateWireFormat: Sendable, Hashable {
    /// RFC 3339 in UTC with 7 fractional digits (`2025-03-02T08:05:09.0000000Z`): `format: date-time`.
    case rfc3339
    /// An HTTP date, IMF-fixdate (`Sun, 02 Mar 2025 08:05:09 GMT`): `format: date-time-rfc1123`, and
    /// `Repeatability-First-Sent`, which Azure's guidelines define as one whatever format a description gives.
    case imfFixdate
    /// Whole seconds since 1970-01-01T00:00:00Z (`1740902709`): `type: integer, format: unixtime`.
    case unixTime

    /// `date` written in this form (not percent-encoded).
    public func string(from date: Date) -> String {
        switch self {
        case .rfc3339: return JSONCoding.string(from: date)
        case .imfFixdate: return RFC1123Date.string(from: date)
        case .unixTime: return String(UnixTimestamp.seconds(from: date))
        }
    }
}

/// The name `setHeader(_:_:format:)` has always taken; the same forms serve paths and queries now.
public typealias HeaderDateFormat = DateWireFormat

/// How an array parameter is written (Swagger 2.0 `collectionFormat`; OpenAPI 3 `style` and `explode`).
public enum CollectionFormat: Sendable, Hashable {
    /// `a,b`: comma-separated (the Swagger default; OpenAPI 3 `form` without explode, `simple`).
    case csv
    /// `a b` (sent `a%20b`): space-separated (OpenAPI 3 `spaceDelimited`).
    case ssv
    /// `a<TAB>b` (sent `a%09b`): tab-separated.
    case tsv
    /// `a|b` (sent `a%7Cb`): pipe-separated (OpenAPI 3 `pipeDelimited`).
    case pipes
    /// `name=a&name=b`: the parameter repeated once per element (OpenAPI 3 `form` with explode, its default).
    case multi

    /// The separator as it appears in a query, percent-encoded except the comma.
    ///
    /// The comma is left literal, as before and as Azure's Python SDKs send it: it is a sub-delimiter RFC 3986
    /// allows in a query, and a comma inside an element stays distinguishable as `%2C`. Space, tab and `|` are not
    /// allowed bare in a URL, so they are sent encoded, which is what Python's `requests` puts on the wire for the
    /// literal separators its serializer joins with (and what .NET's `AppendQueryDelimited` escapes them to).
    var encodedQuerySeparator: String {
        switch self {
        case .csv, .multi: return ","
        case .ssv: return "%20"
        case .tsv: return "%09"
        case .pipes: return "%7C"
        }
    }
}

/// Dates as Unix time (`format: unixtime`): whole seconds since the epoch.
public enum UnixTimestamp {
    /// Whole seconds since 1970-01-01T00:00:00Z, rounded down (fractions are dropped, as Azure's Python
    /// SDKs do with `calendar.timegm`; before 1970 rounding down keeps the second the instant falls in).
    public static func seconds(from date: Date) -> Int64 {
        UnixTime(date).seconds
    }

    /// The instant `seconds` after the epoch; fractions (which some services send) are kept.
    public static func date(fromSeconds seconds: Double) -> Date {
        Date(timeIntervalSince1970: seconds)
    }
}

extension UUID: QueryValue {
    /// The UUID in lower case (`0f8fad5b-d9cb-469f-a165-70867728950e`), as Azure services and Python's
    /// `str(uuid)` write it; Foundation's `uuidString` is upper case.
    public var percentEncodedQueryValue: String { uuidString.lowercased() }
}

extension UUID: HeaderValue {
    /// The UUID in lower case, as Azure services and Python's `str(uuid)` write it.
    public var headerValue: String { uuidString.lowercased() }
}

@_spi(Generated)
extension PipelineRequest {
    /// Adds `name=<date in format>` when `date` is non-nil; `skipsURLEncoding` (`x-ms-skip-url-encoding`) inserts
    /// the text as it is.
    public mutating func addQuery(_ name: String, _ date: Date?, format: DateWireFormat, skipsURLEncoding: Bool = false) {
        guard let date else { return }
        addQueryText(name, [format.string(from: date)], collectionFormat: .csv, skipsURLEncoding: skipsURLEncoding)
    }

    /// Adds `name=value` when `value` is non-nil, written as `HeaderValue` describes (`x-ms-skip-url-encoding`:
    /// inserted as it is when `skipsURLEncoding`, else percent-encoded).
    public mutating func addQuery(_ name: String, _ value: (some HeaderValue)?, skipsURLEncoding: Bool) {
        guard let value else { return }
        addQueryText(name, [value.headerValue], collectionFormat: .csv, skipsURLEncoding: skipsURLEncoding)
    }

    /// Adds an array in `collectionFormat` when `values` is non-nil: each element percent-encoded (unless
    /// `skipsURLEncoding`) and joined (`csv`, `ssv`, `tsv`, `pipes`), or one `name=element` per element (`multi`;
    /// an empty array then adds nothing, while the joined forms add `name=`).
    public mutating func addQuery<Element: HeaderValue>(
        _ name: String, _ values: [Element]?, collectionFormat: CollectionFormat, skipsURLEncoding: Bool = false
    ) {
        guard let values else { return }
        addQueryText(name, values.map(\.headerValue), collectionFormat: collectionFormat, skipsURLEncoding: skipsURLEncoding)
    }

    /// Adds an array of dates, each in `format`, in `collectionFormat` (see the overload for other elements).
    public mutating func addQuery(
        _ name: String, _ dates: [Date]?, format: DateWireFormat, collectionFormat: CollectionFormat, skipsURLEncoding: Bool = false
    ) {
        guard let dates else { return }
        addQueryText(name, dates.map(format.string(from:)), collectionFormat: collectionFormat, skipsURLEncoding: skipsURLEncoding)
    }

    /// Sets header `name` to the dates, each in `format`, comma-separated (the only collection format headers take).
    public mutating func setHeader(_ name: String, _ dates: [Date]?, format: DateWireFormat) {
        guard let dates else { return }
        setHeader(name, dates.map(format.string(from:)).joined(separator: ","))
    }

    private mutating func addQueryText(_ name: String, _ texts: [String], collectionFormat: CollectionFormat, skipsURLEncoding: Bool) {
        let encoded = skipsURLEncoding ? texts : texts.map(PercentEncoding.encode)
        if collectionFormat == .multi {
            for value in encoded { appendEncodedQuery(name, value) }
        } else {
            appendEncodedQuery(name, encoded.joined(separator: collectionFormat.encodedQuerySeparator))
        }
    }
}
