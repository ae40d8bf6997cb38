import GongkaiKit
print("gongkai")
