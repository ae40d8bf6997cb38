extension ContextBuilder {
    /// The flowchart of a procedure as inline SVG (`item.power.flowchart`, `item.guide.flowchart`),
    /// or null when there are no steps.
    func flowchart(_ steps: [ProcedureStep], of title: String) -> TemplateValue {
        guard !steps.isEmpty else { return .null }
        let names = steps.map(\.name).joined(separator: t("flowchart_separator"))
        let labels = Flowchart.Labels(
            title: t("flowchart_title").replacingOccurrences(of: "{title}", with: title),
            description: t("flowchart_description")
                .replacingOccurrences(of: "{count}", with: String(steps.count))
                .replacingOccurrences(of: "{steps}", with: names),
            start: t("flowchart_start"), end: t("flowchart_end"),
            role: t("flowchart_role"), limit: t("flowchart_limit"))
        return .string(Flowchart(steps: steps, labels: labels).svg())
    }
}
