namespace GuidanceDesk.Web.Domain;

/// <summary>The four areas of Chongqing that district distance in matching compares at.</summary>
public enum ChongqingArea
{
    Unknown = 0,
    CentralUrban = 1,      // 主城都市区·中心城区
    NewUrban = 2,          // 主城都市区·主城新区
    NortheastGorges = 3,   // 渝东北三峡库区城镇群
    SoutheastWuling = 4,   // 渝东南武陵山区城镇群
}

/// <summary>
/// The official "一区两群" grouping of Chongqing's 38 districts and counties: 主城都市区 (9 中心城区 + 12 主城新区),
/// 渝东北三峡库区城镇群 (11) and 渝东南武陵山区城镇群 (6), as set out in 《重庆市国民经济和社会发展第十四个五年规划和
/// 二〇三五年远景目标纲要》 (渝府发〔2021〕6号) and the 2020 市委市政府 opinion on "一区两群" coordinated development.
/// Codes are the NBS 2023 division codes of ReferenceData/divisions (万盛经开区 is part of 綦江区 there).
/// A job seeker's commute or move is far likelier inside one of these areas, so matching scores them above "elsewhere".
/// </summary>
public static class ChongqingAreas
{
    private static readonly Dictionary<string, ChongqingArea> ByDistrict = Build();

    public static ChongqingArea Of(string? districtCode) =>
        districtCode is not null && ByDistrict.TryGetValue(districtCode, out var area) ? area : ChongqingArea.Unknown;

    public static string Name(ChongqingArea area) => area switch
    {
        ChongqingArea.CentralUrban => "中心城区",
        ChongqingArea.NewUrban => "主城新区",
        ChongqingArea.NortheastGorges => "渝东北三峡库区城镇群",
        ChongqingArea.SoutheastWuling => "渝东南武陵山区城镇群",
        _ => "重庆市外或未知",
    };

    /// <summary>Every district code in each area (38 in all).</summary>
    public static IReadOnlyDictionary<string, ChongqingArea> All => ByDistrict;

    private static Dictionary<string, ChongqingArea> Build()
    {
        var map = new Dictionary<string, ChongqingArea>(StringComparer.Ordinal);
        void Add(ChongqingArea area, params string[] codes)
        {
            foreach (var c in codes)
                map.Add(c, area);
        }
        // 渝中 大渡口 江北 沙坪坝 九龙坡 南岸 北碚 渝北 巴南
        Add(ChongqingArea.CentralUrban, "500103", "500104", "500105", "500106", "500107", "500108", "500109", "500112", "500113");
        // 涪陵 綦江 大足 长寿 江津 合川 永川 南川 璧山 铜梁 潼南 荣昌
        Add(ChongqingArea.NewUrban, "500102", "500110", "500111", "500115", "500116", "500117", "500118", "500119", "500120",
            "500151", "500152", "500153");
        // 万州 开州 梁平 城口 丰都 垫江 忠县 云阳 奉节 巫山 巫溪
        Add(ChongqingArea.NortheastGorges, "500101", "500154", "500155", "500229", "500230", "500231", "500233", "500235",
            "500236", "500237", "500238");
        // 黔江 武隆 石柱 秀山 酉阳 彭水
        Add(ChongqingArea.SoutheastWuling, "500114", "500156", "500240", "500241", "500242", "500243");
        return map;
    }
}
