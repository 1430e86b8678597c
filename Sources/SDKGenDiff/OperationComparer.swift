import SDKGenIR

/// Lists the changes between two versions of one operation (matched by method and path template).
struct OperationComparer {
    let old: APIDescription
    let new: APIDescription

    /// The changes from `before` to `after`: the operation itself, parameters, body, then responses.
    func changes(from before: Operation, to after: Operation) -> [Change] {
        var changes: [Change] = []
        if before.operationID != after.operationID {
            changes.append(change(.operationRenamed, "", "renamed from \(before.operationID) (same \(after.method) \(after.path))"))
        }
        if !before.isDeprecated && after.isDeprecated {
            changes.append(change(.operationDeprecated, "", "operation deprecated"))
        }
        if before.paging != after.paging {
            changes.append(change(.pagingChanged, "", pagingMessage(before.paging, after.paging)))
        }
        if before.isLongRunning != after.isLongRunning {
            changes.append(change(.longRunningChanged, "", after.isLongRunning
                ? "now a long-running operation (begin… returns a poller)" : "no longer a long-running operation"))
        } else if after.isLongRunning, before.finalStateVia != after.finalStateVia {
            changes.append(change(.finalStateChanged, "",
                "final-state-via \(before.finalStateVia ?? "default") → \(after.finalStateVia ?? "default")", direction: .output))
        }
        changes += parameterChanges(before, after)
        changes += bodyChanges(before.requestBody, after.requestBody)
        changes += responseChanges(before, after)
        return changes
    }

    private func change(_ kind: ChangeKind, _ location: String, _ message: String, direction: Direction = .input, isRequired: Bool = false) -> Change {
        Change(kind: kind, location: location, message: message,
               severity: ChangeRules.severity(of: kind, direction: direction, isRequired: isRequired))
    }

    private func pagingMessage(_ before: Paging?, _ after: Paging?) -> String {
        switch (before, after) {
        case (nil, .some): return "now returns pages (x-ms-pageable added)"
        case (.some, nil): return "no longer returns pages (x-ms-pageable removed)"
        default: return "paging now uses item '\(after?.itemName ?? "")' and next link '\(after?.nextLinkName ?? "none")'"
        }
    }

    // MARK: Parameters

    /// Path parameters pair up by position in the template (their names are ignored when matching
    /// operations); the others by location and name, header names without regard to case.
    private func parameterChanges(_ before: Operation, _ after: Operation) -> [Change] {
        var changes: [Change] = []
        let oldPath = before.parameters.filter { $0.location == .path }
        let newPath = after.parameters.filter { $0.location == .path }
        for (index, parameter) in newPath.enumerated() where index < oldPath.count {
            changes += pairChanges(oldPath[index], parameter)
        }
        let oldOthers = before.parameters.filter { $0.location != .path }
        let newOthers = after.parameters.filter { $0.location != .path }
        for parameter in oldOthers where !newOthers.contains(where: { Self.sameSlot($0, parameter) }) {
            changes.append(change(.parameterRemoved, Self.label(parameter), "\(parameter.isRequired ? "required" : "optional") parameter removed"))
        }
        for parameter in newOthers {
            if let previous = oldOthers.first(where: { Self.sameSlot($0, parameter) }) {
                changes += pairChanges(previous, parameter)
            } else {
                changes.append(change(.parameterAdded, Self.label(parameter),
                                      "\(parameter.isRequired ? "required" : "optional") parameter added", isRequired: parameter.isRequired))
            }
        }
        return changes
    }

    private static func sameSlot(_ a: Parameter, _ b: Parameter) -> Bool {
        guard a.location == b.location else { return false }
        return a.location == .header ? a.name.lowercased() == b.name.lowercased() : a.name == b.name
    }

    /// `query api-version`, `header Repeatability-Request-ID`, `path id`.
    static func label(_ parameter: Parameter) -> String {
        "\(parameter.location.rawValue) \(parameter.name)"
    }

    private func pairChanges(_ before: Parameter, _ after: Parameter) -> [Change] {
        var changes: [Change] = []
        let location = Self.label(after)
        let oldName = before.clientName ?? before.name
        let newName = after.clientName ?? after.name
        // api-version, client parameters and constants are the pipeline's, never method arguments: a new client name
        // changes nothing callers write. (A new wire name is another parameter: removed and added.)
        let pipelineOwned = after.isAPIVersion || after.isClientParameter || after.isConstant
        if oldName != newName, !pipelineOwned {
            changes.append(change(.parameterRenamed, location, "renamed from \(oldName) to \(newName)"))
        }
        if before.isRequired != after.isRequired {
            changes.append(change(after.isRequired ? .parameterMadeRequired : .parameterMadeOptional, location,
                                  after.isRequired ? "parameter made required" : "parameter made optional"))
        }
        var types = TypeComparer(old: old, new: new, direction: .input)
        types.compare(before.type, after.type, at: location)
        return changes + types.changes
    }

    // MARK: Body

    private func bodyChanges(_ before: RequestBody?, _ after: RequestBody?) -> [Change] {
        switch (before, after) {
        case (nil, nil):
            return []
        case (nil, .some(let body)):
            return [change(.bodyAdded, "body", "\(body.isRequired ? "required" : "optional") request body added", isRequired: body.isRequired)]
        case (.some, nil):
            return [change(.bodyRemoved, "body", "request body removed")]
        case (.some(let before), .some(let after)):
            var changes: [Change] = []
            if before.isRequired != after.isRequired {
                changes.append(change(after.isRequired ? .bodyMadeRequired : .bodyMadeOptional, "body",
                                      after.isRequired ? "request body made required" : "request body made optional"))
            }
            changes += contentTypeChanges(before.contentTypes, after.contentTypes, at: "body", direction: .input)
            var types = TypeComparer(old: old, new: new, direction: .input)
            types.compare(before.type, after.type, at: "body")
            return changes + types.changes
        }
    }

    private func contentTypeChanges(_ before: [String], _ after: [String], at location: String, direction: Direction) -> [Change] {
        let oldTypes = Set(before.map { $0.lowercased() })
        let newTypes = Set(after.map { $0.lowercased() })
        let removed = before.filter { !newTypes.contains($0.lowercased()) }
            .map { change(.contentTypeRemoved, location, "content type \($0) removed", direction: direction) }
        let added = after.filter { !oldTypes.contains($0.lowercased()) }
            .map { change(.contentTypeAdded, location, "content type \($0) added", direction: direction) }
        return removed + added
    }

    // MARK: Responses

    private func responseChanges(_ before: Operation, _ after: Operation) -> [Change] {
        let oldResponses = Self.allResponses(before)
        let newResponses = Self.allResponses(after)
        var changes: [Change] = []
        for response in oldResponses where !newResponses.contains(where: { $0.statusCode == response.statusCode }) {
            changes.append(change(.statusCodeRemoved, "response \(response.statusCode)", "status code \(response.statusCode) removed", direction: .output))
        }
        for response in newResponses {
            let location = "response \(response.statusCode)"
            guard let previous = oldResponses.first(where: { $0.statusCode == response.statusCode }) else {
                changes.append(change(.statusCodeAdded, location, "status code \(response.statusCode) added", direction: .output))
                continue
            }
            changes += headerChanges(previous, response, at: location)
            switch (previous.type, response.type) {
            case (nil, nil):
                break
            case (nil, .some):
                changes.append(change(.responseBodyAdded, location, "response now has a body", direction: .output))
            case (.some, nil):
                changes.append(change(.responseBodyRemoved, location, "response no longer has a body", direction: .output))
            case (.some(let oldType), .some(let newType)):
                changes += contentTypeChanges(previous.contentTypes, response.contentTypes, at: location, direction: .output)
                var types = TypeComparer(old: old, new: new, direction: .output)
                types.compare(oldType, newType, at: location)
                changes += types.changes
            }
        }
        return changes
    }

    /// Declared headers of one status, matched without regard to case; a header's type change is a retyped field.
    private func headerChanges(_ before: Response, _ after: Response, at location: String) -> [Change] {
        guard before.statusCode.hasPrefix("2") else { return [] }
        var changes: [Change] = []
        for header in before.headers where !after.headers.contains(where: { $0.name.lowercased() == header.name.lowercased() }) {
            changes.append(change(.responseHeaderRemoved, location + " header \(header.name)", "response header removed", direction: .output))
        }
        for header in after.headers {
            guard let previous = before.headers.first(where: { $0.name.lowercased() == header.name.lowercased() }) else {
                if before.headers.isEmpty {
                    // The first declared header changes what `…WithResponse` returns (`ResponseWithHeaders<T, H>`).
                    changes.append(Change(kind: .responseHeaderAdded, location: location + " header \(header.name)",
                        message: "first response header declared: the …WithResponse method's return type changes", severity: .breaking))
                } else {
                    changes.append(change(.responseHeaderAdded, location + " header \(header.name)", "response header added", direction: .output))
                }
                continue
            }
            var types = TypeComparer(old: old, new: new, direction: .output)
            types.compare(previous.type, header.type, at: location + " header \(header.name)")
            changes += types.changes
        }
        return changes
    }

    /// Success responses and the error response, `default` first, then codes ascending.
    static func allResponses(_ operation: Operation) -> [Response] {
        (operation.responses + (operation.errorResponse.map { [$0] } ?? []))
            .sorted { ShapeBuilder.statusOrder($0.statusCode, $1.statusCode) }
    }
}
