namespace GuidanceDesk.Bench.Generate;

/// <summary>Picks an index with probability proportional to its weight (cumulative table + binary search).</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public Weighted(IEnumerable<(T Item, double Weight)> entries)
    {
        var list = entries.ToList();
        _items = [.. list.Select(e => e.Item)];
        _cumulative = new double[list.Count];
        double sum = 0;
        for (var i = 0; i < list.Count; i++)
            _cumulative[i] = sum += list[i].Weight;
        for (var i = 0; i < _cumulative.Length; i++)
            _cumulative[i] /= sum;
    }

    public IReadOnlyList<T> Items => _items;

    public T Pick(Random random)
    {
        var i = Array.BinarySearch(_cumulative, random.NextDouble());
        return _items[Math.Min(i < 0 ? ~i : i, _items.Length - 1)];
    }
}

/// <summary>
/// The shape of the synthetic city: Chongqing's 38 districts/counties weighted by resident population (7th census,
/// 2020, in 10,000s, rounded), common surnames with roughly their national frequency (per cent), and given-name
/// characters. Only plausibility matters here, not statistical accuracy.
/// </summary>
internal static class City
{
    public static readonly Weighted<string> Districts = new([
        ("500101", 156), ("500102", 112), ("500103", 59), ("500104", 42), ("500105", 93), ("500106", 148),
        ("500107", 152), ("500108", 120), ("500109", 84), ("500110", 101), ("500111", 84), ("500112", 219),
        ("500113", 118), ("500114", 49), ("500115", 69), ("500116", 136), ("500117", 125), ("500118", 115),
        ("500119", 57), ("500120", 76), ("500151", 69), ("500152", 69), ("500153", 67), ("500154", 120),
        ("500155", 65), ("500156", 36), ("500229", 20), ("500230", 56), ("500231", 65), ("500233", 72),
        ("500235", 93), ("500236", 75), ("500237", 46), ("500238", 39), ("500240", 39), ("500241", 49),
        ("500242", 61), ("500243", 49),
    ]);

    /// <summary>Districts whose population justifies a second service centre (40 units over 38 districts).</summary>
    public static readonly string[] SecondCentres = ["500112", "500101"];

    public static readonly Weighted<string> Surnames = new([
        ("王", 7.1), ("李", 7.0), ("张", 6.7), ("刘", 5.4), ("陈", 5.2), ("杨", 3.3), ("黄", 2.5), ("赵", 2.3),
        ("吴", 2.0), ("周", 1.9), ("徐", 1.5), ("孙", 1.4), ("马", 1.3), ("朱", 1.3), ("胡", 1.3), ("郭", 1.1),
        ("何", 1.2), ("高", 1.0), ("林", 1.0), ("罗", 1.1), ("郑", 0.9), ("梁", 0.9), ("谢", 0.8), ("宋", 0.8),
        ("唐", 0.9), ("许", 0.7), ("韩", 0.7), ("冯", 0.7), ("邓", 0.8), ("曹", 0.6), ("彭", 0.7), ("曾", 0.6),
        ("肖", 0.6), ("田", 0.6), ("董", 0.5), ("袁", 0.5), ("潘", 0.5), ("于", 0.5), ("蒋", 0.5), ("蔡", 0.4),
        ("余", 0.5), ("杜", 0.4), ("叶", 0.4), ("程", 0.4), ("苏", 0.4), ("魏", 0.4), ("吕", 0.4), ("丁", 0.4),
        ("任", 0.4), ("沈", 0.3), ("姚", 0.3), ("卢", 0.3), ("姜", 0.3), ("崔", 0.3), ("钟", 0.3), ("谭", 0.5),
        ("陆", 0.3), ("汪", 0.3), ("范", 0.3), ("金", 0.2), ("石", 0.3), ("廖", 0.3), ("贾", 0.2), ("夏", 0.2),
        ("韦", 0.2), ("付", 0.2), ("方", 0.2), ("冉", 0.2), ("邹", 0.2), ("熊", 0.2), ("秦", 0.2), ("向", 0.2),
    ]);

    public static readonly string[] MaleChars =
    [
        "伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波", "斌",
        "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "洋", "亮", "成", "建", "志", "峰", "文",
        "东", "海", "江", "川", "渝", "兵", "彬", "松", "阳", "博", "晨", "轩", "睿", "锐", "国", "庆", "德", "荣",
    ];

    public static readonly string[] FemaleChars =
    [
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "桂", "英", "秀", "兰", "萍", "红", "梅", "琳",
        "婷", "雪", "倩", "慧", "莉", "颖", "佳", "欣", "怡", "琴", "丹", "璐", "瑶", "月", "蕾", "晶", "洁", "露",
        "茜", "薇", "雯", "悦", "思", "梦", "雨", "诗", "涵", "琪", "春", "小", "晓", "玉",
    ];

    /// <summary>Ages 16–65, most registrants being of prime working age.</summary>
    public static readonly Weighted<int> Ages = new(Enumerable.Range(16, 50).Select(a => (a, a switch
    {
        < 18 => 0.3, < 22 => 1.6, < 26 => 3.0, < 36 => 2.6, < 46 => 2.2, < 56 => 1.8, _ => 0.9,
    })));

    /// <summary>Education of the labour force; graduates are forced to junior college or above separately.</summary>
    public static readonly Weighted<int> Education = new([
        (1, 8), (2, 30), (3, 18), (4, 10), (5, 16), (6, 15), (7, 2.5), (8, 0.5),
    ]);

    public static readonly string[] Streets = ["解放路", "民生路", "人民路", "建设路", "滨江路", "新华路", "长江路", "嘉陵路", "学府大道", "金开大道"];

    /// <summary>China Mobile/Unicom/Telecom number blocks; any 1[3-9] prefix passes PhoneNumber.Check.</summary>
    public static readonly string[] MobilePrefixes =
        ["134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159", "178", "182", "183", "187", "188",
         "130", "131", "132", "155", "156", "166", "175", "176", "185", "186", "133", "153", "173", "177", "180", "181", "189", "199"];

    public static readonly string[] CompanyWords = ["山城", "两江", "嘉陵", "渝州", "巴渝", "朝天门", "解放碑", "缙云", "长嘉", "金佛", "南山", "歌乐", "龙门", "合信", "恒通", "鑫达", "华创", "瑞丰", "德佳", "众诚"];

    public static readonly (string Code, string Word)[] Industries =
    [
        ("A", "农业"), ("C", "制造"), ("C", "机械"), ("C", "电子"), ("E", "建筑工程"), ("F", "商贸"), ("G", "物流"),
        ("H", "餐饮管理"), ("I", "科技"), ("I", "信息技术"), ("K", "物业管理"), ("L", "人力资源"), ("M", "技术服务"),
        ("O", "家政服务"), ("P", "教育咨询"), ("Q", "健康管理"), ("R", "文化传媒"),
    ];

    /// <summary>Regions outside Chongqing that ID numbers of migrants come from (Sichuan, Guizhou, Hubei, Hunan, Shaanxi).</summary>
    public static readonly string[] OtherRegions = ["510104", "510502", "511302", "520102", "520302", "420502", "430102", "610102"];
}
