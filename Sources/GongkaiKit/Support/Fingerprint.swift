/// A 128-bit fingerprint for cache keys: fast, and the same in every process and on every
/// machine (unlike `Hasher`, which is seeded per process). Not cryptographic: what gongkai
/// publishes is hashed with `SHA256`; this only decides whether work can be reused.
///
/// Two lanes, each folding 8-byte words in with a 64×64→128-bit multiply; every value added is
/// length-prefixed or tagged by its caller, so distinct sequences of values give distinct input.
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    private var a: UInt64 = 0x243F_6A88_85A3_08D3
    private var b: UInt64 = 0x1319_8A2E_0370_7344

    public init() {}

    /// The fingerprint of one string.
    public init(_ s: String) { add(s) }

    private static let k1: UInt64 = 0xA076_1D64_78BD_642F
    private static let k2: UInt64 = 0xE703_7ED1_A0B4_28DB
    private static let k3: UInt64 = 0x8EBC_6AF0_9C88_C6E3
    private static let k4: UInt64 = 0x5899_65CC_7537_4CC3

    @inline(__always)
    private static func fold(_ x: UInt64, _ y: UInt64) -> UInt64 {
        let (hi, lo) = x.multipliedFullWidth(by: y)
        return hi ^ lo
    }

    @inline(__always)
    public mutating func add(_ word: UInt64) {
        a = Self.fold(a ^ word ^ Self.k1, (a >> 31 | a << 33) ^ Self.k2)
        b = Self.fold(b ^ word ^ Self.k3, (b >> 27 | b << 37) ^ Self.k4)
    }

    public mutating func add(_ n: Int) { add(UInt64(bitPattern: Int64(n))) }

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        add(bytes.count)
        var i = 0
        while i + 8 <= bytes.count {
            add(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        if i < bytes.count {
            var tail: UInt64 = 0
            for j in i..<bytes.count { tail |= UInt64(bytes[j]) << (UInt64(j - i) * 8) }
            add(tail)
        }
    }

    public mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { add($0) } }

    public mutating func add(_ s: String) {
        var s = s
        s.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    public mutating func add(_ other: Fingerprint) {
        add(other.a)
        add(other.b)
    }

    /// Fingerprints added up lane by lane: the total does not depend on the order they came in.
    public struct Sum: Sendable {
        private var a: UInt64 = 0
        private var b: UInt64 = 0
        public init() {}
        public mutating func add(_ f: Fingerprint) {
            a &+= f.a
            b &+= f.b
        }
        public var total: Fingerprint {
            var f = Fingerprint()
            f.add(a)
            f.add(b)
            return f
        }
    }

    /// 32 lowercase hex digits.
    public var description: String {
        func hex(_ x: UInt64) -> String {
            let s = String(x, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return hex(a) + hex(b)
    }

    /// Reads `description` back.
    public init?(hex: some StringProtocol) {
        guard hex.utf8.count == 32, let a = UInt64(hex.prefix(16), radix: 16), let b = UInt64(hex.suffix(16), radix: 16)
        else { return nil }
        self.a = a
        self.b = b
    }
}
