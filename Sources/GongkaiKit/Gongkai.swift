/// gongkai's version, as `gongkai version` prints it.
public enum Gongkai {
    public static let version = "0.1.0"
}
