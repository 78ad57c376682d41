import DialoogAppTestSupport
import DialoogPrint
import DialoogTestSupport
import Foundation
import Testing

/// `dialoog report --format csv --excel`: the bytes Dutch Excel needs, and the file read back
/// by LibreOffice itself (headless) with the right columns and accents and no formula run.
@Suite("Excel report")
struct ExcelReportTests {
    static let name = "Moeders; \"Ünal\" en Çiğdem"
    static let municipality = "=1+2"

    func laptop() throws -> (Laptop, String) {
        let laptop = Laptop("excel")
        let made = try laptop.run([
            "series", "new", "--method", "htib", "--name", Self.name, "--municipality", Self.municipality,
            "--dates", "2026-12-08T19:30",
        ])
        #expect(made.status == 0, "\(made.stderr)")
        let path = laptop.folder.appendingPathComponent("rapport.csv").path
        // With the series' own name: the name is where the quotes, semicolon and accents are.
        let run = try laptop.run([
            "report", "--format", "csv", "--excel", "--with-series-names", "--organisation", "HTIB", "--output", path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        return (laptop, path)
    }

    @Test func theFileHasAByteOrderMarkSemicolonsCRLFAndSaysWhatProducedIt() throws {
        let (laptop, path) = try laptop()
        defer { laptop.remove() }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = try #require(String(data: bytes.dropFirst(3), encoding: .utf8))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == "Gemaakt met dialoog;0.1.0 · di 1 dec 2026 19:30")
        #expect(lines[1] == "Periode;alle bijeenkomsten")
        #expect(lines[2] == "Filters;organisatie HTIB")
        #expect(lines[3] == "Demoseries;zonder demoseries")
        #expect(lines[4] == "")
        #expect(lines[5] == CSVReport.columns.joined(separator: ";"))
        // The semicolon and the quotes in the name are quoted; the formula is neutralised.
        #expect(lines[6].contains(";\"Moeders; \"\"Ünal\"\" en Çiğdem\";HTIB;htib;\"'=1+2\";false;"))
    }

    @Test func anExcelFilterOnlyGoesWithCSV() throws {
        let laptop = Laptop("excel")
        defer { laptop.remove() }
        try laptop.create()
        let run = try laptop.run(["report", "--format", "md", "--excel"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("--excel hoort bij --format csv"))
    }

    /// LibreOffice opens it with the semicolon as separator and finds the character set
    /// from the byte-order mark on its own (`SYSTEM`), as a double click with those choices
    /// does; it is read back as tab-separated UTF-8.
    @Test func libreOfficeReadsTheColumnsAndAccentsAndRunsNoFormula() throws {
        let (laptop, path) = try laptop()
        defer { laptop.remove() }
        let out = laptop.folder.appendingPathComponent("out")
        let office = Process()
        office.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        office.arguments = [
            "soffice", "-env:UserInstallation=file://" + laptop.folder.appendingPathComponent("lo").path,
            "--headless", "--infilter=CSV:59,34,SYSTEM,1",
            "--convert-to", "csv:Text - txt - csv (StarCalc):9,34,76", "--outdir", out.path, path,
        ]
        office.standardOutput = FileHandle.nullDevice
        office.standardError = FileHandle.nullDevice
        try office.run()
        office.waitUntilExit()
        #expect(office.terminationStatus == 0, "soffice (apt-get install libreoffice-calc-nogui; make test does)")
        let table = try String(contentsOf: out.appendingPathComponent("rapport.csv"), encoding: .utf8)
            .components(separatedBy: "\n").map { $0.components(separatedBy: "\t").map(Self.unquoted) }
        #expect(table[0].prefix(2) == ["Gemaakt met dialoog", "0.1.0 · di 1 dec 2026 19:30"])
        let header = try #require(table.firstIndex { $0.first == "series_id" })
        #expect(Array(table[header].prefix(CSVReport.columns.count)) == CSVReport.columns)
        let row = table[header + 1]
        let column = { (name: String) in row[CSVReport.columns.firstIndex(of: name)!] }
        #expect(column("series_name") == Self.name)
        #expect(column("organisation") == "HTIB")
        #expect(column("meeting_number") == "1")
        // Text, never the 3 a formula would give.
        #expect(column("municipality").hasSuffix("=1+2"))
    }

    /// A tab-separated cell as LibreOffice writes it: in quotes, with quotes doubled, when it
    /// holds one.
    static func unquoted(_ cell: String) -> String {
        guard cell.count >= 2, cell.hasPrefix("\""), cell.hasSuffix("\"") else { return cell }
        return String(cell.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }
}
