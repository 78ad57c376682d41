/// The version `dialoog --version` prints. Raised with every release.
package enum DialoogVersion {
    package static let current = "0.1.0"
}
