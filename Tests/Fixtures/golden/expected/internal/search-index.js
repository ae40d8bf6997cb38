window.GONGKAI_SEARCH = {
"format": 1,
"edition": "internal",
"fields": ["id", "title", "index", "date", "url", "category", "year", "timing", "status", "text"],
"items": [
["roster-a", "2026年11月新增最低生活保障对象公示", "11330000MB0000000X/2026-00007", "2026-11-24", "items/roster-a.html", "rights", 2026, "ad-hoc", "current", "序号 姓名 所在村（社区） 保障人数 保障金额（元/月） 1 张某某 东风村 2 | 1560 | 2 李某 城南社区 1 | 1130"],
["internal-a", "2026年第三季度机关经费收支情况", "11330000MB0000000X/2026-00008", "2026-10-20", "items/internal-a.html", "budget", 2026, "long-term", "current", "INTERNAL-BODY 机关经费。"],
["notice-a", "关于调整最低生活保障标准的通知", "11330000MB0000000X/2026-00003", "2026-10-15", "items/notice-a.html", "policies", 2026, "long-term", "current", "城乡低保标准统一调整为每人每月1130元。 最低生活保障、标准 样民发〔2026〕31号 社会救助股 各乡镇人民政府、街道办事处： 经县人民政府同意，现将城乡居民最低生活保障标准调整如下。 调整标准 类别 原标准（元/月） 新标准（元/月） 城市 1,080 | 1,130 农村 1,080 | 1,130 资金保障 项目 金额（万元） 县级财政, 追加 120 上级补助 80.5 个案说明 WITHHELD-PASSAGE 东风村张某某家庭月收入明细及住址门牌号码记录 其他 详见政府信息公开指南。alert(1) 不安全的链接"],
["finance-q3", "2026年第三季度民政资金使用情况", "11330000MB0000000X/2026-00005", "2026-10-12", "items/finance-q3.html", "finance", 2026, "periodic", "current", "第三季度共发放各类救助资金412万元。"],
["finance-q2", "2026年第二季度民政资金使用情况", "11330000MB0000000X/2026-00004", "2026-07-10", "items/finance-q2.html", "finance", 2026, "periodic", "superseded", "第二季度共发放各类救助资金385万元。"],
["notice-expired", "2026年清明节祭扫服务公告", "11330000MB0000000X/2026-00006", "2026-03-20", "items/notice-expired.html", "rights", 2026, "ad-hoc", "expired", "清明节期间，各公墓延长开放时间。"],
["guide-a", "最低生活保障申请办事指南", "11330000MB0000000X/2026-00002", "2026-02-10", "items/guide-a.html", "services", 2026, "long-term", "current", "持有本县户籍 家庭人均收入低于当地低保标准 申请书 户口簿 符合条件的家庭可向户籍所在地乡镇（街道）提出申请。"],
["power-a", "社会团体成立登记", "11330000MB0000000X/2026-00001", "2026-01-05", "items/power-a.html", "powers", 2026, "long-term", "current", "《社会团体登记管理条例》第九条 样例县民政局 申请成立社会团体，应当经其业务主管单位审查同意后，向登记管理机关申请登记。"],
["withdrawn", "关于某项目的公示", "11330000MB0000000X/2025-00002", "2025-05-01", "items/withdrawn.html", "rights", 2025, "long-term", "withdrawn", ""],
["old-policy", "关于城乡低保标准的通知（2025年）", "11330000MB0000000X/2025-00001", "2025-03-01", "items/old-policy.html", "policies", 2025, "long-term", "superseded", "城乡低保标准为每人每月1080元。"]
]
};
