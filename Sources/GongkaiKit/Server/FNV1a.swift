/// 64-bit FNV-1a: a fast fingerprint of a response body for its ETag.
enum FNV1a {
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in buffer {
                h ^= UInt64(b)
                h = h &* 0x100_0000_01b3
            }
            return h
        }
    }
}
