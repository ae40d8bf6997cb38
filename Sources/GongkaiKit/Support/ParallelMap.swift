import Dispatch

/// Maps an array on all cores, keeping the order of the input.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ input: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if input.count < 2 { return input.map(transform) }
        let results = ResultSlots<R>(count: input.count)
        DispatchQueue.concurrentPerform(iterations: input.count) { i in
            results.set(i, transform(input[i]))
        }
        return results.values
    }
}

extension ParallelMap {
    /// Runs two independent pieces of work side by side and returns both results.
    static func run<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        let results = map([0, 1]) { i -> (A?, B?) in i == 0 ? (a(), nil) : (nil, b()) }
        return (results[0].0!, results[1].1!)
    }
}

/// A fixed buffer with one slot per index. Each index is written by exactly one iteration of
/// `concurrentPerform` and read only after all of them have finished, so no lock is needed.
private final class ResultSlots<R>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<R?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ i: Int, _ value: R) { slots[i] = value }

    var values: [R] { (0..<count).map { slots[$0]! } }
}
