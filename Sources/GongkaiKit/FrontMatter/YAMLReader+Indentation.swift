/// The messages for a line indented deeper than its mapping or sequence allows: whichever
/// explains the slip best, given what came before the line.
extension YAMLReader {
    /// Reports a line indented deeper than the mapping at `indent` allows, in the words that fit
    /// what came before it: the value of `key`, given as `shape`.
    mutating func misplaced(_ spaces: Int, after shape: Shape, inMappingAt indent: Int,
                            key: String) throws -> Never {
        let dash = isDash(i, spaces)
        switch shape {
        case .inline, .skipped:
            try abort(.valueAlreadyGiven(key: key), i, spaces)
        case .sequence(let child) where spaces == child && !dash:
            try abort(.notAListItem(keyColumn: indent + 1), i, spaces)
        case .sequence(let child) where dash:
            try abort(.misalignedDash(found: spaces + 1, expected: child + 1), i, spaces)
        case .scalarLine(let child) where spaces >= child:
            try abort(.severalLines(key: key), i, spaces)
        case .mapping(let child), .sequence(let child), .scalarLine(let child):
            try abort(.matchesNoLevel(spaces: spaces, levels: Set(levels + [child]).sorted()), i, spaces)
        }
    }

    /// Reports a line indented deeper than the sequence at `indent` allows, after an item given
    /// as `shape`.
    mutating func misplaced(_ spaces: Int, after shape: Shape, inSequenceAt indent: Int) throws -> Never {
        let dash = isDash(i, spaces)
        switch shape {
        case _ where dash:
            try abort(.misalignedDash(found: spaces + 1, expected: indent + 1), i, spaces)
        case .inline, .skipped:
            try abort(.itemValueAlreadyGiven, i, spaces)
        case .scalarLine(let child) where spaces >= child:
            try abort(.itemValueAlreadyGiven, i, spaces)
        case .mapping(let child), .sequence(let child), .scalarLine(let child):
            try abort(.matchesNoLevel(spaces: spaces, levels: Set(levels + [child]).sorted()), i, spaces)
        }
    }
}
