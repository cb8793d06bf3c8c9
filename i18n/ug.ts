<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug" sourcelanguage="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <source>政务服务自助终端</source>
        <translation>ھۆكۈمەت مۇلازىمىتى ئۆزى مۇلازىمەت ئۈسكۈنىسى</translation>
    </message>
    <message>
        <source>24小时自助办事 · 刷身份证即可办理</source>
        <translation>24 سائەت ئۆزى بىجىرىش · كىملىك بىلەنلا بىجىرگىلى بولىدۇ</translation>
    </message>
    <message>
        <source>社保查询 · 无房证明 · 公积金查询 …</source>
        <translation>ئىجتىمائىي سۇغۇرتا · ئۆيى يوقلۇق ئىسپاتى · جامائەت زاپاس فوندى …</translation>
    </message>
    <message>
        <source>点击屏幕开始办理</source>
        <translation>باشلاش ئۈچۈن ئېكراننى بېسىڭ</translation>
    </message>
    <message>
        <source>长辈版（大字体、慢节奏）</source>
        <translation>ياشانغانلار ھالىتى (چوڭ خەت، ئاستا سۈرئەت)</translation>
    </message>
</context>
<context>
    <name>CaptureViews</name>
    <message>
        <source>第 {0} 页，最多 {1} 页</source>
        <translation>{0}-بەت، ئەڭ كۆپ بولغاندا {1} بەت</translation>
    </message>
    <message>
        <source>请扫描：{0}</source>
        <translation>سىكانېرلاڭ: {0}</translation>
    </message>
    <message>
        <source>扫描后您会先看到图像，确认清楚无误才会提交。图像只用于本次申请，不在本机保存。</source>
        <translation>سىكانېرلىغاندىن كېيىن ئالدى بىلەن سۈرەتنى كۆرىسىز، ئېنىق ۋە توغرا ئىكەنلىكىنى جەزملىگەندىن كېيىنلا يوللىنىدۇ. سۈرەت پەقەت بۇ قېتىملىق ئىلتىماسقىلا ئىشلىتىلىدۇ، بۇ ئۈسكۈنىدە ساقلانمايدۇ.</translation>
    </message>
    <message>
        <source>已扫完，下一步</source>
        <translation>سىكانېرلاپ بولدۇم، كېيىنكى قەدەم</translation>
    </message>
    <message>
        <source>扫描下一页</source>
        <translation>كېيىنكى بەتنى سىكانېرلاش</translation>
    </message>
    <message>
        <source>开始扫描</source>
        <translation>سىكانېرلاشنى باشلاش</translation>
    </message>
    <message>
        <source>请核对扫描图像：{0}</source>
        <translation>سىكانېرلانغان سۈرەتنى تەكشۈرۈڭ: {0}</translation>
    </message>
    <message>
        <source>这张图像不够清楚，请重新扫描</source>
        <translation>بۇ سۈرەت ئېنىق ئەمەس، قايتا سىكانېرلاڭ</translation>
    </message>
    <message>
        <source>扫描图像预览：{0}</source>
        <translation>سىكانېرلانغان سۈرەتنىڭ ئالدىن كۆرۈنۈشى: {0}</translation>
    </message>
    <message>
        <source>文字清楚、材料完整，再点“确认提交此页”；否则请重新扫描。</source>
        <translation>خەتلەر ئېنىق، ماتېرىيال تولۇق بولسا «بۇ بەتنى جەزملەپ يوللاش»نى بېسىڭ؛ بولمىسا قايتا سىكانېرلاڭ.</translation>
    </message>
    <message>
        <source>重新扫描</source>
        <translation>قايتا سىكانېرلاش</translation>
    </message>
    <message>
        <source>确认提交此页</source>
        <translation>بۇ بەتنى جەزملەپ يوللاش</translation>
    </message>
    <message>
        <source>请核对申请内容，然后在下方框内签名</source>
        <translation>ئىلتىماس مەزمۇنىنى تەكشۈرۈپ، ئاندىن تۆۋەندىكى رامكىغا ئىمزا قويۇڭ</translation>
    </message>
    <message>
        <source>请用手指在此处签写您的姓名</source>
        <translation>بارمىقىڭىز بىلەن بۇ يەرگە ئىسمىڭىزنى يېزىڭ</translation>
    </message>
    <message>
        <source>签名区</source>
        <translation>ئىمزا رايونى</translation>
    </message>
    <message>
        <source>签名将与签名时间、办件编号一起放入申请书提交，本机不保存。</source>
        <translation>ئىمزا ئىمزا ۋاقتى ۋە ئىش نومۇرى بىلەن بىللە ئىلتىماسنامىگە قوشۇلۇپ يوللىنىدۇ، بۇ ئۈسكۈنىدە ساقلانمايدۇ.</translation>
    </message>
    <message>
        <source>清除重签</source>
        <translation>ئۆچۈرۈپ قايتا ئىمزالاش</translation>
    </message>
    <message>
        <source>确认签名并提交</source>
        <translation>ئىمزانى جەزملەپ يوللاش</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>您还在吗？需要更多时间吗？</source>
        <translation>سىز بۇ يەردىمۇ؟ تېخىمۇ كۆپ ۋاقىت كېرەكمۇ؟</translation>
    </message>
    <message>
        <source>{0} 秒后将结束本次办理</source>
        <translation>بۇ قېتىملىق بىجىرىش {0} سېكۇنتتىن كېيىن ئاخىرلىشىدۇ</translation>
    </message>
    <message>
        <source>需要更多时间</source>
        <translation>تېخىمۇ كۆپ ۋاقىت كېرەك</translation>
    </message>
    <message>
        <source>结束办理</source>
        <translation>بىجىرىشنى ئاخىرلاشتۇرۇش</translation>
    </message>
</context>
<context>
    <name>ElderlyPaging</name>
    <message>
        <source>更多选项（{0}/{1}）</source>
        <translation>تېخىمۇ كۆپ تاللاش ({0}/{1})</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <source>政务服务便民热线 {0}</source>
        <translation>ھۆكۈمەت مۇلازىمەت قىزىق لىنىيىسى {0}</translation>
    </message>
    <message>
        <source>现场咨询电话 {0}</source>
        <translation>نەق مەيدان مەسلىھەت تېلېفونى {0}</translation>
    </message>
    <message>
        <source>服务时间：24小时</source>
        <translation>مۇلازىمەت ۋاقتى: 24 سائەت</translation>
    </message>
    <message>
        <source>服务时间：今日不开放</source>
        <translation>مۇلازىمەت ۋاقتى: بۈگۈن ئوچۇق ئەمەس</translation>
    </message>
    <message>
        <source>服务时间：{0}</source>
        <translation>مۇلازىمەت ۋاقتى: {0}</translation>
    </message>
    <message>
        <source>投诉建议：扫右侧二维码或拨打 {0}</source>
        <translation>شىكايەت: QR كودنى سىكانېرلاڭ ياكى {0}</translation>
    </message>
    <message>
        <source>切换语言：{0}</source>
        <translation>تىل ئالماشتۇرۇش: {0}</translation>
    </message>
    <message>
        <source>长辈版</source>
        <translation>ياشانغانلار</translation>
    </message>
    <message>
        <source>高对比度</source>
        <translation>يۇقىرى سېلىشتۇرما</translation>
    </message>
    <message>
        <source>轮椅模式</source>
        <translation>چاقلىق ئورۇندۇق</translation>
    </message>
    <message>
        <source>语音播报</source>
        <translation>ئاۋازلىق يېتەكچى</translation>
    </message>
    <message>
        <source>呼叫帮助</source>
        <translation>ياردەم چاقىرىش</translation>
    </message>
    <message>
        <source>投诉建议</source>
        <translation>شىكايەت-تەكلىپ</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>找到 {0} 项</source>
        <translation>{0} تۈر تېپىلدى</translation>
    </message>
    <message>
        <source>第 {0}/{1} 页</source>
        <translation>{0}/{1}-بەت</translation>
    </message>
    <message>
        <source>搜索事项</source>
        <translation>تۈر ئىزدەش</translation>
    </message>
    <message>
        <source>按部门查找</source>
        <translation>تارماق بويىچە ئىزدەش</translation>
    </message>
    <message>
        <source>请选择部门</source>
        <translation>تارماقنى تاللاڭ</translation>
    </message>
    <message>
        <source>请选择要办理的事项</source>
        <translation>بىجىرمەكچى بولغان تۈرنى تاللاڭ</translation>
    </message>
    <message>
        <source>办理时需要刷身份证并进行人脸比对</source>
        <translation>بىجىرگەندە كىملىكنى ئوقۇتۇپ، چىراي سېلىشتۇرۇش كېرەك</translation>
    </message>
    <message>
        <source>返回首页</source>
        <translation>باش بەتكە قايتىش</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>قايتىش</translation>
    </message>
    <message>
        <source>请输入事项名称的拼音首字母，如 SB 找社保</source>
        <translation>تۈر نامىنىڭ پىنيىن باش ھەرپلىرىنى كىرگۈزۈڭ، مەسىلەن SB ئىجتىمائىي سۇغۇرتىنى تاپىدۇ</translation>
    </message>
    <message>
        <source>常用事项</source>
        <translation>كۆپ ئىشلىتىلىدىغان تۈرلەر</translation>
    </message>
    <message>
        <source>没有找到“{0}”相关的事项</source>
        <translation>«{0}» غا مۇناسىۋەتلىك تۈر تېپىلمىدى</translation>
    </message>
    <message>
        <source>请检查拼音首字母，或按部门查找</source>
        <translation>پىنيىن باش ھەرپلىرىنى تەكشۈرۈڭ ياكى تارماق بويىچە ئىزدەڭ</translation>
    </message>
    <message>
        <source>重新输入</source>
        <translation>قايتا كىرگۈزۈش</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>ئالدىنقى بەت</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>كېيىنكى بەت</translation>
    </message>
    <message>
        <source>【试运行】</source>
        <translation>【سىناق يۈرگۈزۈش】</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>مۇلازىمەت ۋاقىتلىق توختىدى</translation>
    </message>
    <message>
        <source>{0} 项事项</source>
        <translation>{0} تۈر</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>删除</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>تازىلاش</translation>
    </message>
</context>
<context>
    <name>KeypadNavigation</name>
    <message>
        <source>（不可用）</source>
        <translation> (ئىشلەتكىلى بولمايدۇ)</translation>
    </message>
    <message>
        <source>已按下：{0}</source>
        <translation>بېسىلدى: {0}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>培训模式：使用模拟设备和测试数据，所办事项不具法律效力</source>
        <translation>مەشىق ھالىتى: تەقلىدىي ئۈسكۈنە ۋە سىناق سانلىق مەلۇماتى ئىشلىتىلىدۇ، بىجىرىلگەن ئىشلارنىڭ قانۇنىي كۈچى يوق</translation>
    </message>
    <message>
        <source>已呼叫工作人员，请稍候</source>
        <translation>خىزمەتچى خادىم چاقىرىلدى، سەل ساقلاڭ</translation>
    </message>
    <message>
        <source>帮办模式：工作人员 {0} 正在协助办理</source>
        <translation>ياردەملىشىش ھالىتى: {0} نومۇرلۇق خىزمەتچى خادىم ياردەملىشىۋاتىدۇ</translation>
    </message>
    <message>
        <source>结束帮办</source>
        <translation>ياردەملىشىشنى ئاخىرلاشتۇرۇش</translation>
    </message>
    <message>
        <source>轮椅模式：所有按钮都在屏幕下部</source>
        <translation>چاقلىق ئورۇندۇق ھالىتى: بارلىق كۇنۇپكىلار ئېكراننىڭ ئاستىنقى قىسمىدا</translation>
    </message>
</context>
<context>
    <name>LetterKeys</name>
    <message>
        <source>删除</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>تازىلاش</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>扬声器测试：如果您能听到这句话，扬声器工作正常。</source>
        <translation>ياڭراتقۇ سىنىقى: بۇ سۆزنى ئاڭلىيالىسىڭىز، ياڭراتقۇ نورمال ئىشلەۋاتىدۇ.</translation>
    </message>
    <message>
        <source>备份失败：{0}</source>
        <translation>زاپاسلاش مەغلۇپ بولدى: {0}</translation>
    </message>
    <message>
        <source>已备份：{0}</source>
        <translation>زاپاسلاندى: {0}</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>چىقىرىش مەغلۇپ بولدى: {0}</translation>
    </message>
    <message>
        <source>已导出：{0}</source>
        <translation>چىقىرىلدى: {0}</translation>
    </message>
    <message>
        <source>登记故障（按附录A分类）</source>
        <translation>كاشىلا تىزىملاش (A قوشۇمچە بويىچە تۈرگە ئايرىش)</translation>
    </message>
    <message>
        <source>部位</source>
        <translation>ئورنى</translation>
    </message>
    <message>
        <source>故障</source>
        <translation>كاشىلا</translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation>بىر تەرەپ قىلىش ئۇسۇلى</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>تىزىملاش</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>登记新故障</source>
        <translation>يېڭى كاشىلا تىزىملاش</translation>
    </message>
    <message>
        <source>没有故障记录。</source>
        <translation>كاشىلا خاتىرىسى يوق.</translation>
    </message>
    <message>
        <source>未排除</source>
        <translation>ھەل قىلىنمىدى</translation>
    </message>
    <message>
        <source>已排除</source>
        <translation>ھەل قىلىندى</translation>
    </message>
    <message>
        <source>人工登记</source>
        <translation>قولدا تىزىملانغان</translation>
    </message>
    <message>
        <source>自动检测</source>
        <translation>ئاپتوماتىك بايقالغان</translation>
    </message>
    <message>
        <source>{0} · {1} · 发生 {2}</source>
        <translation>{0} · {1} · يۈز بەرگەن ۋاقتى {2}</translation>
    </message>
    <message>
        <source>排除于 {0}，用时 {1}</source>
        <translation>{0} دە ھەل قىلىندى، {1} ۋاقىت كەتتى</translation>
    </message>
    <message>
        <source>已排除：{0}</source>
        <translation>ھەل قىلىندى: {0}</translation>
    </message>
    <message>
        <source>{0} 分钟</source>
        <translation>{0} مىنۇت</translation>
    </message>
    <message>
        <source>{0} 小时 {1} 分钟</source>
        <translation>{0} سائەت {1} مىنۇت</translation>
    </message>
    <message>
        <source>待检</source>
        <translation>تەكشۈرۈلىدۇ</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>نورمال</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>نورمالسىز</translation>
    </message>
    <message>
        <source>提交检查记录（{0}/{1}）</source>
        <translation>تەكشۈرۈش خاتىرىسىنى يوللاش ({0}/{1})</translation>
    </message>
    <message>
        <source>最近的检查记录</source>
        <translation>يېقىنقى تەكشۈرۈش خاتىرىلىرى</translation>
    </message>
    <message>
        <source>全部正常</source>
        <translation>ھەممىسى نورمال</translation>
    </message>
    <message>
        <source>{0} · {1} · 工号 {2} · {3}</source>
        <translation>{0} · {1} · خىزمەت نومۇرى {2} · {3}</translation>
    </message>
    <message>
        <source>事项入驻或变更先试运行不少于1个月，再正式运行；撤销后首页不再显示。</source>
        <translation>يېڭى قوشۇلغان ياكى ئۆزگەرتىلگەن تۈر كەم دېگەندە بىر ئاي سىناق يۈرگۈزۈلۈپ، ئاندىن رەسمىي يۈرگۈزۈلىدۇ؛ بىكار قىلىنغاندىن كېيىن باش بەتتە كۆرۈنمەيدۇ.</translation>
    </message>
    <message>
        <source>每日服务时间</source>
        <translation>ھەر كۈنلۈك مۇلازىمەت ۋاقتى</translation>
    </message>
    <message>
        <source>开始 −30分</source>
        <translation>باشلىنىش −30 مىنۇت</translation>
    </message>
    <message>
        <source>开始 +30分</source>
        <translation>باشلىنىش +30 مىنۇت</translation>
    </message>
    <message>
        <source>全天24小时</source>
        <translation>كۈن بويى 24 سائەت</translation>
    </message>
    <message>
        <source>结束 −30分</source>
        <translation>ئاخىرلىشىش −30 مىنۇت</translation>
    </message>
    <message>
        <source>结束 +30分</source>
        <translation>ئاخىرلىشىش +30 مىنۇت</translation>
    </message>
    <message>
        <source>休息日（点选切换）</source>
        <translation>دەم ئېلىش كۈنلىرى (بېسىپ ئالماشتۇرۇڭ)</translation>
    </message>
    <message>
        <source>休息</source>
        <translation>دەم ئېلىش</translation>
    </message>
    <message>
        <source>保存服务时间</source>
        <translation>مۇلازىمەت ۋاقتىنى ساقلاش</translation>
    </message>
    <message>
        <source>已保存，页脚和闭馆画面立即按新时间显示。</source>
        <translation>ساقلاندى، بەت ئاستى ۋە تاقاق ئېكرانى دەرھال يېڭى ۋاقىت بويىچە كۆرسىتىلىدۇ.</translation>
    </message>
    <message>
        <source>差评须在15天内回访整改。</source>
        <translation>ناچار باھاغا 15 كۈن ئىچىدە قايتا زىيارەت قىلىپ تۈزىتىش كېرەك.</translation>
    </message>
    <message>
        <source>没有差评回访。</source>
        <translation>ناچار باھا قايتا زىيارىتى يوق.</translation>
    </message>
    <message>
        <source>已回访 {0}</source>
        <translation>{0} دە قايتا زىيارەت قىلىندى</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>مۇددىتى ئۆتتى</translation>
    </message>
    <message>
        <source>剩 {0} 天</source>
        <translation>{0} كۈن قالدى</translation>
    </message>
    <message>
        <source>办件 {0} · 原因：{1} · 期限 {2}</source>
        <translation>ئىش {0} · سەۋەبى: {1} · مۇددىتى {2}</translation>
    </message>
    <message>
        <source>已超过回访期限，请尽快回访。</source>
        <translation>قايتا زىيارەت مۇددىتى ئۆتۈپ كەتتى، تېزدىن قايتا زىيارەت قىلىڭ.</translation>
    </message>
    <message>
        <source>已回访，关闭</source>
        <translation>قايتا زىيارەت قىلىندى، تاقاش</translation>
    </message>
    <message>
        <source>可用</source>
        <translation>ئىشلەتكىلى بولىدۇ</translation>
    </message>
    <message>
        <source>不可用</source>
        <translation>ئىشلەتكىلى بولمايدۇ</translation>
    </message>
    <message>
        <source> · 纸张 {0}</source>
        <translation> · قەغەز {0}</translation>
    </message>
    <message>
        <source>到政务服务平台的网络</source>
        <translation>ھۆكۈمەت مۇلازىمەت سۇپىسىغا بولغان تور</translation>
    </message>
    <message>
        <source>域名解析正常：{0} → {1}</source>
        <translation>دومېن نامى نورمال ئېنىقلاندى: {0} → {1}</translation>
    </message>
    <message>
        <source>域名解析失败：{0}</source>
        <translation>دومېن نامىنى ئېنىقلاش مەغلۇپ بولدى: {0}</translation>
    </message>
    <message>
        <source>延迟（中位数）：{0}，最慢 {1}</source>
        <translation>كېچىكىش (ئوتتۇرا سان): {0}، ئەڭ ئاستا {1}</translation>
    </message>
    <message>
        <source>丢包率：{0}%（{1}/{2} 次有应答）</source>
        <translation>بولاق يوقىتىش نىسبىتى: {0}% ({1}/{2} قېتىم جاۋاب بەردى)</translation>
    </message>
    <message>
        <source>检测时间：{0}</source>
        <translation>تەكشۈرۈلگەن ۋاقىت: {0}</translation>
    </message>
    <message>
        <source>已记录故障：{0}</source>
        <translation>كاشىلا خاتىرىلەندى: {0}</translation>
    </message>
    <message>
        <source>尚未检测。</source>
        <translation>تېخى تەكشۈرۈلمىدى.</translation>
    </message>
    <message>
        <source>正在检测…</source>
        <translation>تەكشۈرۈۋاتىدۇ…</translation>
    </message>
    <message>
        <source>检测网络</source>
        <translation>تورنى تەكشۈرۈش</translation>
    </message>
    <message>
        <source>余量按上次更换后打印的数量估算；打印机自己报告的状态一并列出。</source>
        <translation>قالغان مىقدار ئالدىنقى قېتىم ئالماشتۇرغاندىن كېيىن بېسىلغان سان بويىچە مۆلچەرلىنىدۇ؛ پرىنتېرنىڭ ئۆزى دوكلات قىلغان ھالىتىمۇ بىللە كۆرسىتىلىدۇ.</translation>
    </message>
    <message>
        <source>{0}：约剩 {1}%</source>
        <translation>{0}: تەخمىنەن {1}% قالدى</translation>
    </message>
    <message>
        <source>张凭条</source>
        <translation>تالون</translation>
    </message>
    <message>
        <source>页</source>
        <translation>بەت</translation>
    </message>
    <message>
        <source>上次更换后已用 {0} {1}，容量 {2}</source>
        <translation>ئالدىنقى قېتىم ئالماشتۇرغاندىن بۇيان {0} {1} ئىشلىتىلدى، سىغىمى {2}</translation>
    </message>
    <message>
        <source>；更换时间 {0}</source>
        <translation>؛ ئالماشتۇرۇلغان ۋاقتى {0}</translation>
    </message>
    <message>
        <source>；尚无更换记录</source>
        <translation>؛ تېخى ئالماشتۇرۇش خاتىرىسى يوق</translation>
    </message>
    <message>
        <source>打印机报告：{0}</source>
        <translation>پرىنتېر دوكلاتى: {0}</translation>
    </message>
    <message>
        <source>余量不足，请及时更换</source>
        <translation>قالغان مىقدار يېتەرسىز، ۋاقتىدا ئالماشتۇرۇڭ</translation>
    </message>
    <message>
        <source>已更换/补充</source>
        <translation>ئالماشتۇرۇلدى/تولۇقلاندى</translation>
    </message>
    <message>
        <source>通过设备的正常接口测试；测试凭条和测试页计入耗材。</source>
        <translation>ئۈسكۈنىنىڭ نورمال ئېغىزى ئارقىلىق سىنىلىدۇ؛ سىناق تالونى ۋە سىناق بېتى سەرپىيات ھېسابىغا كىرىدۇ.</translation>
    </message>
    <message>
        <source>失败：{0}</source>
        <translation>مەغلۇپ بولدى: {0}</translation>
    </message>
    <message>
        <source>数据库和配置每 {0} 天自动备份一次，保留最近 {1} 份。</source>
        <translation>ساندان ۋە سەپلىمە ھەر {0} كۈندە بىر قېتىم ئاپتوماتىك زاپاسلىنىدۇ، ئەڭ يېقىنقى {1} نۇسخىسى ساقلىنىدۇ.</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>زاپاسلاۋاتىدۇ…</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>دەرھال زاپاسلاش</translation>
    </message>
    <message>
        <source>恢复：停止本机程序后运行 kiosk restore 备份文件</source>
        <translation>ئەسلىگە كەلتۈرۈش: پروگراممىنى توختىتىپ، ئاندىن kiosk restore زاپاس ھۆججەتنى ئىجرا قىلىڭ</translation>
    </message>
    <message>
        <source>还没有备份。</source>
        <translation>تېخى زاپاس يوق.</translation>
    </message>
    <message>
        <source>每周运行数据：办件量、故障清单、耗材、评价、帮办。导出 CSV 和 PDF。</source>
        <translation>ھەپتىلىك يۈرۈشۈش سانلىق مەلۇماتى: بىجىرىلگەن ئىش سانى، كاشىلا تىزىملىكى، سەرپىيات، باھا، ياردەملىشىش. CSV ۋە PDF قىلىپ چىقىرىش.</translation>
    </message>
    <message>
        <source>导出 {0}</source>
        <translation>{0} نى چىقىرىش</translation>
    </message>
    <message>
        <source>导出到：{0}</source>
        <translation>چىقىرىش ئورنى: {0}</translation>
    </message>
    <message>
        <source>设备状态</source>
        <translation>ئۈسكۈنە ھالىتى</translation>
    </message>
    <message>
        <source>耗材</source>
        <translation>سەرپىيات</translation>
    </message>
    <message>
        <source>自检</source>
        <translation>ئۆزىنى تەكشۈرۈش</translation>
    </message>
    <message>
        <source>运维台账</source>
        <translation>ئاسراش ھېسابات دەپتىرى</translation>
    </message>
    <message>
        <source>巡检</source>
        <translation>چارلاپ تەكشۈرۈش</translation>
    </message>
    <message>
        <source>事项管理</source>
        <translation>تۈر باشقۇرۇش</translation>
    </message>
    <message>
        <source>服务时间</source>
        <translation>مۇلازىمەت ۋاقتى</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>زاپاسلاش</translation>
    </message>
    <message>
        <source>周报</source>
        <translation>ھەپتىلىك دوكلات</translation>
    </message>
    <message>
        <source>差评回访</source>
        <translation>ناچار باھا قايتا زىيارىتى</translation>
    </message>
    <message>
        <source>身份证阅读器</source>
        <translation>كىملىك ئوقۇغۇچ</translation>
    </message>
    <message>
        <source>摄像头</source>
        <translation>كامېرا</translation>
    </message>
    <message>
        <source>凭条打印机</source>
        <translation>تالون پرىنتېرى</translation>
    </message>
    <message>
        <source>A4打印机</source>
        <translation>A4 پرىنتېر</translation>
    </message>
    <message>
        <source>扫描仪</source>
        <translation>سىكانېر</translation>
    </message>
    <message>
        <source>主机</source>
        <translation>ئاساسىي ماشىنا</translation>
    </message>
    <message>
        <source>客户端软件</source>
        <translation>خېرىدار يۇمشاق دېتالى</translation>
    </message>
    <message>
        <source>网络</source>
        <translation>تور</translation>
    </message>
    <message>
        <source>电源</source>
        <translation>توك مەنبەسى</translation>
    </message>
    <message>
        <source>离线</source>
        <translation>تورسىز</translation>
    </message>
    <message>
        <source>忙</source>
        <translation>ئالدىراش</translation>
    </message>
    <message>
        <source>硬件故障</source>
        <translation>قاتتىق دېتال كاشىلىسى</translation>
    </message>
    <message>
        <source>操作错误</source>
        <translation>مەشغۇلات خاتالىقى</translation>
    </message>
    <message>
        <source>充足</source>
        <translation>يېتەرلىك</translation>
    </message>
    <message>
        <source>偏少</source>
        <translation>ئازراق</translation>
    </message>
    <message>
        <source>缺纸</source>
        <translation>قەغەز يوق</translation>
    </message>
    <message>
        <source>卡纸</source>
        <translation>قەغەز قىستىلدى</translation>
    </message>
    <message>
        <source>凭条纸</source>
        <translation>تالون قەغىزى</translation>
    </message>
    <message>
        <source>A4纸</source>
        <translation>A4 قەغەز</translation>
    </message>
    <message>
        <source>硒鼓/墨粉</source>
        <translation>سېلېن دۇمبىقى/سىياھ پاراشوكى</translation>
    </message>
    <message>
        <source>硬件</source>
        <translation>قاتتىق دېتال</translation>
    </message>
    <message>
        <source>软件</source>
        <translation>يۇمشاق دېتال</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>ئادەتتىكى</translation>
    </message>
    <message>
        <source>严重</source>
        <translation>ئېغىر</translation>
    </message>
    <message>
        <source>机器缺纸</source>
        <translation>ماشىنىدا قەغەز يوق</translation>
    </message>
    <message>
        <source>供电UPS续航能力弱</source>
        <translation>UPS توك بىلەن تەمىنلەش ۋاقتى قىسقا</translation>
    </message>
    <message>
        <source>蓝屏、白屏</source>
        <translation>كۆك ئېكران، ئاق ئېكران</translation>
    </message>
    <message>
        <source>主机资源占用较大、处理缓慢</source>
        <translation>ئاساسىي ماشىنا بايلىقى كۆپ ئىگىلەنگەن، ئاستا بىر تەرەپ قىلىدۇ</translation>
    </message>
    <message>
        <source>硬件外设驱动无响应</source>
        <translation>سىرتقى ئۈسكۈنە قوزغاتقۇچى جاۋاب بەرمىدى</translation>
    </message>
    <message>
        <source>机器卡纸</source>
        <translation>ماشىنىغا قەغەز قىستىلدى</translation>
    </message>
    <message>
        <source>客户端无返回或信息返回错误</source>
        <translation>خېرىدار ئۇچى جاۋاب قايتۇرمىدى ياكى خاتا ئۇچۇر قايتۇردى</translation>
    </message>
    <message>
        <source>客户端跳转错误或跳转迟缓</source>
        <translation>خېرىدار ئۇچى خاتا ياكى ئاستا ئاتلايدۇ</translation>
    </message>
    <message>
        <source>服务无响应和闪退</source>
        <translation>مۇلازىمەت جاۋاب بەرمەيدۇ ياكى تۇيۇقسىز چېكىنىدۇ</translation>
    </message>
    <message>
        <source>客户端卡顿</source>
        <translation>خېرىدار ئۇچى تۇتۇلۇپ قالىدۇ</translation>
    </message>
    <message>
        <source>页面被篡改</source>
        <translation>بەت ئۆزگەرتىۋېتىلگەن</translation>
    </message>
    <message>
        <source>网络响应延迟较大</source>
        <translation>تور جاۋاب كېچىكىشى چوڭ</translation>
    </message>
    <message>
        <source>网络丢包率较大</source>
        <translation>تور بولاق يوقىتىش نىسبىتى يۇقىرى</translation>
    </message>
    <message>
        <source>网络通信链路不通</source>
        <translation>تور ئالاقە ئۇلىنىشى ئۈزۈلگەن</translation>
    </message>
    <message>
        <source>网络IP变动或无法获取</source>
        <translation>تور IP ئۆزگەردى ياكى ئېرىشكىلى بولمىدى</translation>
    </message>
    <message>
        <source>未封存的接口接入了外部设备</source>
        <translation>پېچەتلەنمىگەن ئېغىزغا سىرتقى ئۈسكۈنە ئۇلاندى</translation>
    </message>
    <message>
        <source>远程处理</source>
        <translation>يىراقتىن بىر تەرەپ قىلىش</translation>
    </message>
    <message>
        <source>协助处理</source>
        <translation>ياردەملىشىپ بىر تەرەپ قىلىش</translation>
    </message>
    <message>
        <source>现场处理</source>
        <translation>نەق مەيداندا بىر تەرەپ قىلىش</translation>
    </message>
    <message>
        <source>电源是否正常</source>
        <translation>توك مەنبەسى نورمالمۇ</translation>
    </message>
    <message>
        <source>网络通信是否正常</source>
        <translation>تور ئالاقىسى نورمالمۇ</translation>
    </message>
    <message>
        <source>打印纸是否充足</source>
        <translation>بېسىش قەغىزى يېتەرلىكمۇ</translation>
    </message>
    <message>
        <source>打印机墨盒/硒鼓是否充足</source>
        <translation>پرىنتېر سىياھ قۇتىسى/سېلېن دۇمبىقى يېتەرلىكمۇ</translation>
    </message>
    <message>
        <source>设备外部是否清洁</source>
        <translation>ئۈسكۈنىنىڭ سىرتى پاكىزمۇ</translation>
    </message>
    <message>
        <source>设备内部是否清洁</source>
        <translation>ئۈسكۈنىنىڭ ئىچى پاكىزمۇ</translation>
    </message>
    <message>
        <source>有无机械故障（无则正常）</source>
        <translation>مېخانىك كاشىلا بارمۇ (يوق بولسا نورمال)</translation>
    </message>
    <message>
        <source>有无卡纸（无则正常）</source>
        <translation>قەغەز قىستىلىش بارمۇ (يوق بولسا نورمال)</translation>
    </message>
    <message>
        <source>指示标识是否正常</source>
        <translation>كۆرسەتمە بەلگىلەر نورمالمۇ</translation>
    </message>
    <message>
        <source>显示器是否正常</source>
        <translation>ئېكران نورمالمۇ</translation>
    </message>
    <message>
        <source>扫描器是否正常</source>
        <translation>سىكانېر نورمالمۇ</translation>
    </message>
    <message>
        <source>摄像头是否正常</source>
        <translation>كامېرا نورمالمۇ</translation>
    </message>
    <message>
        <source>指纹仪是否正常</source>
        <translation>بارماق ئىزى ئۈسكۈنىسى نورمالمۇ</translation>
    </message>
    <message>
        <source>读卡器是否正常</source>
        <translation>كارتا ئوقۇغۇچ نورمالمۇ</translation>
    </message>
    <message>
        <source>打印机是否正常</source>
        <translation>پرىنتېر نورمالمۇ</translation>
    </message>
    <message>
        <source>打印耗材是否空缺（不缺则正常）</source>
        <translation>بېسىش سەرپىياتى كەمچىلمۇ (كەم بولمىسا نورمال)</translation>
    </message>
    <message>
        <source>客户端跳转是否流畅</source>
        <translation>خېرىدار ئۇچى راۋان ئاتلامدۇ</translation>
    </message>
    <message>
        <source>每日检查</source>
        <translation>كۈندىلىك تەكشۈرۈش</translation>
    </message>
    <message>
        <source>两周巡检</source>
        <translation>ئىككى ھەپتىلىك چارلاپ تەكشۈرۈش</translation>
    </message>
    <message>
        <source>试运行</source>
        <translation>سىناق يۈرگۈزۈش</translation>
    </message>
    <message>
        <source>正式运行</source>
        <translation>رەسمىي يۈرگۈزۈش</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>بىكار قىلىندى</translation>
    </message>
    <message>
        <source>打印测试凭条</source>
        <translation>سىناق تالونى بېسىش</translation>
    </message>
    <message>
        <source>打印A4测试页</source>
        <translation>A4 سىناق بېتى بېسىش</translation>
    </message>
    <message>
        <source>读测试卡</source>
        <translation>سىناق كارتىسىنى ئوقۇش</translation>
    </message>
    <message>
        <source>摄像头预览</source>
        <translation>كامېرا ئالدىن كۆرۈش</translation>
    </message>
    <message>
        <source>扬声器测试</source>
        <translation>ياڭراتقۇ سىنىقى</translation>
    </message>
    <message>
        <source>进行中…</source>
        <translation>ئېلىپ بېرىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>ئۆتتى</translation>
    </message>
    <message>
        <source>未放卡：请把测试卡放到读卡器上</source>
        <translation>كارتا قويۇلمىدى: سىناق كارتىسىنى كارتا ئوقۇغۇچقا قويۇڭ</translation>
    </message>
    <message>
        <source>摄像头没有画面</source>
        <translation>كامېرادا كۆرۈنۈش يوق</translation>
    </message>
    <message>
        <source>已播放测试语音，请确认能听到</source>
        <translation>سىناق ئاۋازى قويۇلدى، ئاڭلىغانلىقىڭىزنى جەزملەڭ</translation>
    </message>
    <message>
        <source>新密码至少需要10位。</source>
        <translation>يېڭى مەخپىي نومۇر كەم دېگەندە 10 خانىلىق بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>新密码需包含大写字母、小写字母、数字、符号中的至少三类。</source>
        <translation>يېڭى مەخپىي نومۇر چوڭ ھەرپ، كىچىك ھەرپ، سان ۋە بەلگىدىن كەم دېگەندە ئۈچ تۈرىنى ئۆز ئىچىگە ئېلىشى كېرەك.</translation>
    </message>
    <message>
        <source>新密码不能包含工号。</source>
        <translation>يېڭى مەخپىي نومۇردا خىزمەت نومۇرى بولسا بولمايدۇ.</translation>
    </message>
    <message>
        <source>新密码不能与原密码相同。</source>
        <translation>يېڭى مەخپىي نومۇر كونىسى بىلەن ئوخشاش بولسا بولمايدۇ.</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation>ئىككى قېتىم كىرگۈزۈلگەن يېڭى مەخپىي نومۇر ئوخشاش ئەمەس.</translation>
    </message>
    <message>
        <source>周一</source>
        <translation>دۈشەنبە</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>سەيشەنبە</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>چارشەنبە</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>پەيشەنبە</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>جۈمە</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>شەنبە</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>يەكشەنبە</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>维护界面</source>
        <translation>ئاسراش بېتى</translation>
    </message>
    <message>
        <source>运维人员 {0}</source>
        <translation>ئاسراش خادىمى {0}</translation>
    </message>
    <message>
        <source>暂离（显示维护中）</source>
        <translation>ۋاقىتلىق ئايرىلىش («ئاسراۋاتىدۇ» كۆرسىتىلىدۇ)</translation>
    </message>
    <message>
        <source>结束维护</source>
        <translation>ئاسراشنى ئاخىرلاشتۇرۇش</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>请取走您的身份证和打印的材料</source>
        <translation>كىملىكىڭىز ۋە بېسىلغان ماتېرىياللارنى ئېلىۋېلىڭ</translation>
    </message>
    <message>
        <source>您的信息已从本机清除。</source>
        <translation>ئۇچۇرلىرىڭىز بۇ ئۈسكۈنىدىن ئۆچۈرۈلدى.</translation>
    </message>
    <message>
        <source>返回首页</source>
        <translation>باش بەتكە قايتىش</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>مۇلازىمەت ۋاقىتلىق توختىدى</translation>
    </message>
    <message>
        <source>“{0}”所需的设备暂时不能使用，其他事项仍可办理。</source>
        <translation>«{0}» ئۈچۈن كېرەكلىك ئۈسكۈنىنى ھازىرچە ئىشلەتكىلى بولمايدۇ، باشقا تۈرلەرنى يەنىلا بىجىرگىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>已通知工作人员。咨询电话 {0}</source>
        <translation>خىزمەتچى خادىمغا ئۇقتۇرۇلدى. مەسلىھەت تېلېفونى {0}</translation>
    </message>
    <message>
        <source>不在服务时间</source>
        <translation>مۇلازىمەت ۋاقتى ئەمەس</translation>
    </message>
    <message>
        <source>本机服务时间：{0}</source>
        <translation>بۇ ئۈسكۈنىنىڭ مۇلازىمەت ۋاقتى: {0}</translation>
    </message>
    <message>
        <source>如有急事请拨打 12345 或现场咨询电话 {0}</source>
        <translation>جىددىي ئىش بولسا 12345 ياكى نەق مەيدان مەسلىھەت تېلېفونى {0} غا تېلېفون قىلىڭ</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>بىلدىم</translation>
    </message>
    <message>
        <source>不能开始帮办</source>
        <translation>ياردەملىشىشنى باشلىغىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>错误次数过多，账号已暂时锁定，请15分钟后再试。</source>
        <translation>خاتالىق سانى بەك كۆپ، ھېسابات ۋاقىتلىق قۇلۇپلاندى، 15 مىنۇتتىن كېيىن قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>此账号不是帮办人员账号。</source>
        <translation>بۇ ھېسابات ياردەملەشكۈچى خادىم ھېساباتى ئەمەس.</translation>
    </message>
    <message>
        <source>密码已过期，请联系运维人员重置。</source>
        <translation>مەخپىي نومۇر ۋاقتى ئۆتتى، ئاسراش خادىمى بىلەن ئالاقىلىشىپ قايتا بەلگىلەڭ.</translation>
    </message>
    <message>
        <source>工号或密码不对。</source>
        <translation>خىزمەت نومۇرى ياكى مەخپىي نومۇر خاتا.</translation>
    </message>
    <message>
        <source>已呼叫工作人员</source>
        <translation>خىزمەتچى خادىم چاقىرىلدى</translation>
    </message>
    <message>
        <source>工作人员马上就到，请在本机旁稍候。</source>
        <translation>خىزمەتچى خادىم ھازىرلا كېلىدۇ، ئۈسكۈنە يېنىدا سەل ساقلاڭ.</translation>
    </message>
    <message>
        <source>也可以拨打现场咨询电话 {0}</source>
        <translation>نەق مەيدان مەسلىھەت تېلېفونى {0} غا تېلېفون قىلسىڭىزمۇ بولىدۇ</translation>
    </message>
    <message>
        <source>好的</source>
        <translation>بولىدۇ</translation>
    </message>
    <message>
        <source>工作人员登录（帮办）</source>
        <translation>خىزمەتچى خادىم كىرىشى (ياردەملىشىش)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>正在读取身份证，请勿移开…</source>
        <translation>كىملىك ئوقۇلۇۋاتىدۇ، يۆتكىمەڭ…</translation>
    </message>
    <message>
        <source>正在查询，请稍候…</source>
        <translation>ئىزدەۋاتىدۇ، سەل ساقلاڭ…</translation>
    </message>
    <message>
        <source>正在打印凭条，请稍候…</source>
        <translation>تالون بېسىلىۋاتىدۇ، سەل ساقلاڭ…</translation>
    </message>
    <message>
        <source>正在打印证明，请稍候…</source>
        <translation>ئىسپات بېسىلىۋاتىدۇ، سەل ساقلاڭ…</translation>
    </message>
    <message>
        <source>正在生成付款二维码，请稍候…</source>
        <translation>پۇل تۆلەش QR كودى ھاسىل قىلىنىۋاتىدۇ، سەل ساقلاڭ…</translation>
    </message>
    <message>
        <source>正在确认付款，请稍候…</source>
        <translation>پۇل تۆلەش جەزملىنىۋاتىدۇ، سەل ساقلاڭ…</translation>
    </message>
    <message>
        <source>付款没有成功，没有扣款。您可以重试或结束办理。</source>
        <translation>پۇل تۆلەش مۇۋەپپەقىيەتلىك بولمىدى، پۇل تۇتۇلمىدى. قايتا سىنىسىڭىز ياكى بىجىرىشنى ئاخىرلاشتۇرسىڭىز بولىدۇ.</translation>
    </message>
    <message>
        <source>付款已超时，订单已关闭，没有扣款。您可以重试或结束办理。</source>
        <translation>پۇل تۆلەش ۋاقتى ئۆتۈپ كەتتى، زاكاز تاقالدى، پۇل تۇتۇلمىدى. قايتا سىنىسىڭىز ياكى بىجىرىشنى ئاخىرلاشتۇرسىڭىز بولىدۇ.</translation>
    </message>
    <message>
        <source>本机暂时不能收费，请到服务窗口办理。</source>
        <translation>بۇ ئۈسكۈنە ھازىرچە پۇل ئالالمايدۇ، مۇلازىمەت كۆزنىكىگە بېرىپ بىجىرىڭ.</translation>
    </message>
    <message>
        <source>正在向您预留的手机号码发送验证码…</source>
        <translation>قالدۇرغان يانفون نومۇرىڭىزغا دەلىللەش كودى ئەۋەتىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>正在核对验证码…</source>
        <translation>دەلىللەش كودى تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
        <source>验证码是6位数字</source>
        <translation>دەلىللەش كودى 6 خانىلىق سان</translation>
    </message>
    <message>
        <source>验证码不对，请重新输入</source>
        <translation>دەلىللەش كودى خاتا، قايتا كىرگۈزۈڭ</translation>
    </message>
    <message>
        <source>平台上没有您的手机号码，不能用短信验证。您可以请工作人员帮办。</source>
        <translation>سۇپىدا يانفون نومۇرىڭىز يوق، قىسقا ئۇچۇر ئارقىلىق دەلىللىگىلى بولمايدۇ. خىزمەتچى خادىمدىن ياردەم سورىسىڭىز بولىدۇ.</translation>
    </message>
    <message>
        <source>验证码已失效（输错3次或超时）。可以重新发送，或结束办理。</source>
        <translation>دەلىللەش كودى ئىناۋەتسىز بولدى (3 قېتىم خاتا كىرگۈزۈلدى ياكى ۋاقتى ئۆتتى). قايتا ئەۋەتسىڭىز ياكى بىجىرىشنى ئاخىرلاشتۇرسىڭىز بولىدۇ.</translation>
    </message>
    <message>
        <source>无法识别这张身份证。请确认是本人有效的居民身份证，或到服务窗口办理。</source>
        <translation>بۇ كىملىكنى تونۇغىلى بولمىدى. ئۆزىڭىزنىڭ ئىناۋەتلىك ئاھالە كىملىكى ئىكەنلىكىنى جەزملەڭ ياكى مۇلازىمەت كۆزنىكىگە بېرىپ بىجىرىڭ.</translation>
    </message>
    <message>
        <source>这张身份证已过有效期。请使用有效证件，或到服务窗口办理。</source>
        <translation>بۇ كىملىكنىڭ ئىناۋەتلىك مۇددىتى ئۆتۈپ كەتتى. ئىناۋەتلىك گۇۋاھنامە ئىشلىتىڭ ياكى مۇلازىمەت كۆزنىكىگە بېرىپ بىجىرىڭ.</translation>
    </message>
    <message>
        <source>读卡时身份证被移开了。请重新放好身份证。</source>
        <translation>ئوقۇۋاتقاندا كىملىك يۆتكىلىپ كەتتى. كىملىكنى قايتا جايىغا قويۇڭ.</translation>
    </message>
    <message>
        <source>这是工作证，不是身份证。请取走工作证，放入办事人本人的居民身份证。</source>
        <translation>بۇ خىزمەت كىنىشكىسى، كىملىك ئەمەس. خىزمەت كىنىشكىسىنى ئېلىپ، ئىش بىجىرگۈچىنىڭ ئۆز ئاھالە كىملىكىنى قويۇڭ.</translation>
    </message>
    <message>
        <source>身份证中的照片无法读取，不能进行人脸比对。请到服务窗口办理。</source>
        <translation>كىملىكتىكى سۈرەتنى ئوقۇغىلى بولمىدى، چىراي سېلىشتۇرغىلى بولمايدۇ. مۇلازىمەت كۆزنىكىگە بېرىپ بىجىرىڭ.</translation>
    </message>
    <message>
        <source>人脸与身份证照片不一致。请摘下帽子或口罩，正对摄像头再试一次（还可尝试 {left} 次）。</source>
        <translation>چىرايىڭىز كىملىكتىكى سۈرەتكە ماس كەلمىدى. شەپكە ياكى ماسكىنى ئېلىۋېتىپ، كامېراغا ئۇدۇل قاراپ قايتا سىناڭ (يەنە {left} قېتىم سىنىغىلى بولىدۇ).</translation>
    </message>
    <message>
        <source>未能确认是本人在摄像头前。请正对摄像头再试一次（还可尝试 {left} 次）。</source>
        <translation>كامېرا ئالدىدا ئۆزىڭىز ئىكەنلىكىڭىزنى جەزملىگىلى بولمىدى. كامېراغا ئۇدۇل قاراپ قايتا سىناڭ (يەنە {left} قېتىم سىنىغىلى بولىدۇ).</translation>
    </message>
    <message>
        <source>没有看到人脸。请站在摄像头正前方，再试一次。</source>
        <translation>چىراي كۆرۈنمىدى. كامېرانىڭ ئۇدۇل ئالدىدا تۇرۇپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>镜头前有多人。请只留办理人本人在摄像头前，再试一次。</source>
        <translation>كامېرا ئالدىدا بىر نەچچە ئادەم بار. كامېرا ئالدىدا پەقەت بىجىرگۈچى ئۆزىلا قېلىپ، قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>请正对摄像头，慢慢眨两次眼</source>
        <translation>كامېراغا ئۇدۇل قاراپ، ئاستا ئىككى قېتىم كۆزىڭىزنى يۇمۇپ ئېچىڭ</translation>
    </message>
    <message>
        <source>请正对摄像头，然后慢慢向左转头</source>
        <translation>كامېراغا ئۇدۇل قاراپ، ئاندىن بېشىڭىزنى ئاستا سولغا بۇراڭ</translation>
    </message>
    <message>
        <source>请正对摄像头，然后慢慢向右转头</source>
        <translation>كامېراغا ئۇدۇل قاراپ، ئاندىن بېشىڭىزنى ئاستا ئوڭغا بۇراڭ</translation>
    </message>
    <message>
        <source>多次比对未通过。您可以请工作人员帮办，或到服务窗口办理。</source>
        <translation>كۆپ قېتىم سېلىشتۇرۇلدى، ئۆتمىدى. خىزمەتچى خادىمدىن ياردەم سورىسىڭىز ياكى مۇلازىمەت كۆزنىكىگە بېرىپ بىجىرسىڭىز بولىدۇ.</translation>
    </message>
    <message>
        <source>设备暂时无法使用，本事项暂停服务。其他事项仍可办理。</source>
        <translation>ئۈسكۈنىنى ھازىرچە ئىشلەتكىلى بولمايدۇ، بۇ تۈرنىڭ مۇلازىمىتى ۋاقىتلىق توختىدى. باشقا تۈرلەرنى يەنىلا بىجىرگىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>打印机缺纸，暂时无法打印。已通知工作人员。</source>
        <translation>پرىنتېردا قەغەز تۈگىدى، ھازىرچە باسقىلى بولمايدۇ. خىزمەتچى خادىمغا ئۇقتۇرۇلدى.</translation>
    </message>
    <message>
        <source>打印机盖未关好，暂时无法打印。已通知工作人员。</source>
        <translation>پرىنتېر قاپقىقى ياخشى يېپىلمىدى، ھازىرچە باسقىلى بولمايدۇ. خىزمەتچى خادىمغا ئۇقتۇرۇلدى.</translation>
    </message>
    <message>
        <source>打印机卡纸，暂时无法打印。已通知工作人员。</source>
        <translation>پرىنتېرغا قەغەز قىستىلىپ قالدى، ھازىرچە باسقىلى بولمايدۇ. خىزمەتچى خادىمغا ئۇقتۇرۇلدى.</translation>
    </message>
    <message>
        <source>证明文件生成失败，请重试。</source>
        <translation>ئىسپات ھۆججىتىنى ھاسىل قىلىش مەغلۇپ بولدى، قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>暂时无法连接政务服务平台。请稍后重试。</source>
        <translation>ھۆكۈمەت مۇلازىمەت سۇپىسىغا ھازىرچە ئۇلانغىلى بولمىدى. سەل تۇرۇپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>政务服务平台响应超时。请稍后重试。</source>
        <translation>ھۆكۈمەت مۇلازىمەت سۇپىسى ۋاقتىدا جاۋاب قايتۇرمىدى. سەل تۇرۇپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>政务服务平台暂时出现问题。请稍后重试。</source>
        <translation>ھۆكۈمەت مۇلازىمەت سۇپىسىدا ۋاقىتلىق مەسىلە كۆرۈلدى. سەل تۇرۇپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>平台上没有查到您的相关记录。如有疑问请拨打咨询电话。</source>
        <translation>سۇپىدىن سىزگە مۇناسىۋەتلىك خاتىرە تېپىلمىدى. سوئالىڭىز بولسا مەسلىھەت تېلېفونىغا تېلېفون قىلىڭ.</translation>
    </message>
    <message>
        <source>政务服务平台返回的信息有误。请稍后重试。</source>
        <translation>ھۆكۈمەت مۇلازىمەت سۇپىسى قايتۇرغان ئۇچۇردا خاتالىق بار. سەل تۇرۇپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>出现了意外问题。请重试，或请工作人员帮助。</source>
        <translation>كۈتۈلمىگەن مەسىلە كۆرۈلدى. قايتا سىناڭ ياكى خىزمەتچى خادىمدىن ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>请填写这一项</source>
        <translation>بۇ تۈرنى تولدۇرۇڭ</translation>
    </message>
    <message>
        <source>内容太长了，请删减</source>
        <translation>مەزمۇن بەك ئۇزۇن، قىسقارتىڭ</translation>
    </message>
    <message>
        <source>请从选项中选择一项</source>
        <translation>تاللانمىلاردىن بىرنى تاللاڭ</translation>
    </message>
    <message>
        <source>只能填写数字</source>
        <translation>پەقەت سان يازغىلى بولىدۇ</translation>
    </message>
    <message>
        <source>请填写11位手机号码，以1开头</source>
        <translation>1 بىلەن باشلىنىدىغان 11 خانىلىق يانفون نومۇرىنى يېزىڭ</translation>
    </message>
    <message>
        <source>请按 年-月-日 填写日期，例如 2024-05-01</source>
        <translation>چېسلانى يىل-ئاي-كۈن شەكلىدە يېزىڭ، مەسىلەن 2024-05-01</translation>
    </message>
    <message>
        <source>请填写大于0的金额，最多两位小数</source>
        <translation>0 دىن چوڭ، ئەڭ كۆپ ئىككى خانىلىق ئونلۇق كەسىرلىك سومما يېزىڭ</translation>
    </message>
    <message>
        <source>身份证号码应为18位</source>
        <translation>كىملىك نومۇرى 18 خانىلىق بولۇشى كېرەك</translation>
    </message>
    <message>
        <source>身份证号码只能是数字，最后一位可以是X</source>
        <translation>كىملىك نومۇرى پەقەت سان بولىدۇ، ئاخىرقى خانىسى X بولسا بولىدۇ</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期不对，请核对</source>
        <translation>كىملىك نومۇرىدىكى تۇغۇلغان چېسلا توغرا ئەمەس، تەكشۈرۈڭ</translation>
    </message>
    <message>
        <source>身份证号码有误（校验位不对），请逐位核对</source>
        <translation>كىملىك نومۇرى خاتا (تەكشۈرۈش خانىسى توغرا ئەمەس)، ھەر بىر خانىنى تەكشۈرۈڭ</translation>
    </message>
    <message>
        <source>办理完成，感谢您的使用</source>
        <translation>بىجىرىش تامام، ئىشلەتكىنىڭىزگە رەھمەت</translation>
    </message>
    <message>
        <source>已取消办理</source>
        <translation>بىجىرىش بىكار قىلىندى</translation>
    </message>
    <message>
        <source>身份证已移开，本次办理已结束</source>
        <translation>كىملىك ئېلىۋېلىندى، بۇ قېتىملىق بىجىرىش ئاخىرلاشتى</translation>
    </message>
    <message>
        <source>长时间无操作，本次办理已结束</source>
        <translation>ئۇزۇن ۋاقىت مەشغۇلات بولمىدى، بۇ قېتىملىق بىجىرىش ئاخىرلاشتى</translation>
    </message>
    <message>
        <source>本次办理已结束</source>
        <translation>بۇ قېتىملىق بىجىرىش ئاخىرلاشتى</translation>
    </message>
    <message>
        <source>本次办理已结束。如需帮助请联系工作人员</source>
        <translation>بۇ قېتىملىق بىجىرىش ئاخىرلاشتى. ياردەم كېرەك بولسا خىزمەتچى خادىم بىلەن ئالاقىلىشىڭ</translation>
    </message>
    <message>
        <source>正在扫描并检查图像，请不要移动材料…</source>
        <translation>سىكانېرلاپ سۈرەت تەكشۈرۈلۈۋاتىدۇ، ماتېرىيالنى يۆتكىمەڭ…</translation>
    </message>
    <message>
        <source>正在提交申请，请稍候…</source>
        <translation>ئىلتىماس يوللىنىۋاتىدۇ، سەل ساقلاڭ…</translation>
    </message>
    <message>
        <source>扫描仪上没有检测到材料。请把材料有字的一面朝下放好，盖好盖板，再点“开始扫描”。</source>
        <translation>سىكانېردا ماتېرىيال بايقالمىدى. ماتېرىيالنىڭ خەت بار يۈزىنى ئاستىغا قارىتىپ قويۇپ، قاپقاقنى يېپىپ، ئاندىن «سىكانېرلاشنى باشلاش»نى بېسىڭ.</translation>
    </message>
    <message>
        <source>扫描仪盖板没有盖好。请盖好盖板，再点“开始扫描”。</source>
        <translation>سىكانېر قاپقىقى ياخشى يېپىلمىدى. قاپقاقنى يېپىپ، ئاندىن «سىكانېرلاشنى باشلاش»نى بېسىڭ.</translation>
    </message>
    <message>
        <source>扫描仪正忙，请稍等几秒再点“开始扫描”。</source>
        <translation>سىكانېر ئالدىراش، بىر نەچچە سېكۇنت ساقلاپ ئاندىن «سىكانېرلاشنى باشلاش»نى بېسىڭ.</translation>
    </message>
    <message>
        <source>扫描仪卡纸，暂时无法扫描。已通知工作人员。</source>
        <translation>سىكانېرغا قەغەز قىستىلىپ قالدى، ھازىرچە سىكانېرلىغىلى بولمايدۇ. خىزمەتچى خادىمغا ئۇقتۇرۇلدى.</translation>
    </message>
    <message>
        <source>扫描图像无法识别。请重新放好材料再扫描一次。</source>
        <translation>سىكانېرلانغان سۈرەتنى تونۇغىلى بولمىدى. ماتېرىيالنى قايتا جايىغا قويۇپ يەنە بىر قېتىم سىكانېرلاڭ.</translation>
    </message>
    <message>
        <source>图像模糊，文字看不清。请把材料压平放稳，扫描时不要移动，然后重新扫描。</source>
        <translation>سۈرەت غۇۋا، خەتلەر ئېنىق كۆرۈنمەيدۇ. ماتېرىيالنى تەكشى ۋە مۇقىم قويۇپ، سىكانېرلىغاندا يۆتكىمەي، قايتا سىكانېرلاڭ.</translation>
    </message>
    <message>
        <source>图像太淡，文字不清楚。请确认放的是有字的一面；复印件太淡请换一份清晰的，然后重新扫描。</source>
        <translation>سۈرەت بەك سۇس، خەتلەر ئېنىق ئەمەس. خەت بار يۈزىنى قويغانلىقىڭىزنى جەزملەڭ؛ كۆچۈرۈلمە بەك سۇس بولسا ئېنىقراقىنى ئالماشتۇرۇپ، قايتا سىكانېرلاڭ.</translation>
    </message>
    <message>
        <source>图像太暗。请盖好盖板，避免强光或阴影照在材料上，然后重新扫描。</source>
        <translation>سۈرەت بەك قاراڭغۇ. قاپقاقنى يېپىپ، ماتېرىيالغا كۈچلۈك نۇر ياكى سايە چۈشۈشتىن ساقلىنىپ، قايتا سىكانېرلاڭ.</translation>
    </message>
    <message>
        <source>材料在图像中太小，文字会看不清。请把材料放在扫描区中间，然后重新扫描。</source>
        <translation>ماتېرىيال سۈرەتتە بەك كىچىك، خەتلەر ئېنىق كۆرۈنمەيدۇ. ماتېرىيالنى سىكانېرلاش رايونىنىڭ ئوتتۇرىسىغا قويۇپ، قايتا سىكانېرلاڭ.</translation>
    </message>
    <message>
        <source>扫描到的是空白页。请把有字的一面朝下放好，然后重新扫描。</source>
        <translation>سىكانېرلانغىنى قۇرۇق بەت. خەت بار يۈزىنى ئاستىغا قارىتىپ قويۇپ، قايتا سىكانېرلاڭ.</translation>
    </message>
    <message>
        <source>还没有签名。请用手指在框内写下您的姓名。</source>
        <translation>تېخى ئىمزا قويۇلمىدى. بارمىقىڭىز بىلەن رامكا ئىچىگە ئىسمىڭىزنى يېزىڭ.</translation>
    </message>
    <message>
        <source>签名太小或太短，无法辨认。请点“清除重签”，在框内写大一些、写完整姓名。</source>
        <translation>ئىمزا بەك كىچىك ياكى بەك قىسقا، پەرقلەندۈرگىلى بولمايدۇ. «ئۆچۈرۈپ قايتا ئىمزالاش»نى بېسىپ، رامكا ئىچىگە چوڭراق، تولۇق ئىسمىڭىزنى يېزىڭ.</translation>
    </message>
</context>
<context>
    <name>OperatorLoginScreen</name>
    <message>
        <source>工号或密码不对，请重新输入。</source>
        <translation>خىزمەت نومۇرى ياكى مەخپىي نومۇر خاتا، قايتا كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>错误次数过多，账号已锁定15分钟。</source>
        <translation>خاتالىق سانى بەك كۆپ، ھېسابات 15 مىنۇت قۇلۇپلاندى.</translation>
    </message>
    <message>
        <source>此账号没有运维权限（帮办人员不能进入维护界面）。</source>
        <translation>بۇ ھېساباتنىڭ ئاسراش ھوقۇقى يوق (ياردەملەشكۈچى خادىم ئاسراش بېتىگە كىرەلمەيدۇ).</translation>
    </message>
    <message>
        <source>有群众正在办理业务，请稍后再试。</source>
        <translation>پۇقرا ئىش بىجىرىۋاتىدۇ، سەل تۇرۇپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>运维人员登录</source>
        <translation>ئاسراش خادىمى كىرىشى</translation>
    </message>
    <message>
        <source>仅限运维人员。登录、失败和所有操作都记入审计日志。</source>
        <translation>پەقەت ئاسراش خادىملىرى ئۈچۈن. كىرىش، مەغلۇپ بولۇش ۋە بارلىق مەشغۇلاتلار تەپتىش خاتىرىسىگە يېزىلىدۇ.</translation>
    </message>
    <message>
        <source>密码已过期，请设置新密码</source>
        <translation>مەخپىي نومۇر ۋاقتى ئۆتتى، يېڭى مەخپىي نومۇر بەلگىلەڭ</translation>
    </message>
    <message>
        <source>按规定须定期更换密码。新密码至少10位，包含大写、小写、数字、符号中的三类。</source>
        <translation>بەلگىلىمە بويىچە مەخپىي نومۇرنى قەرەللىك ئالماشتۇرۇش كېرەك. يېڭى مەخپىي نومۇر كەم دېگەندە 10 خانىلىق بولۇپ، چوڭ ھەرپ، كىچىك ھەرپ، سان ۋە بەلگىدىن ئۈچ تۈرىنى ئۆز ئىچىگە ئېلىشى كېرەك.</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>خىزمەت نومۇرى</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>مەخپىي نومۇر</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>يېڭى مەخپىي نومۇر</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>يەنە بىر قېتىم كىرگۈزۈڭ</translation>
    </message>
    <message>
        <source>{0}，已输入 {1} 位</source>
        <translation>{0}، {1} خانە كىرگۈزۈلدى</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>正在核验…</source>
        <translation>دەلىللىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>جەزملەش</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message>
        <source>工作人员登录（帮办代办）</source>
        <translation>خىزمەتچى خادىم كىرىشى (ياردەملىشىش ۋە ۋاكالىتەن بىجىرىش)</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>خىزمەت نومۇرى</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>مەخپىي نومۇر</translation>
    </message>
    <message>
        <source>密码，已输入 {0} 位</source>
        <translation>مەخپىي نومۇر، {0} خانە كىرگۈزۈلدى</translation>
    </message>
    <message>
        <source>工号或密码不对，请重新输入。</source>
        <translation>خىزمەت نومۇرى ياكى مەخپىي نومۇر خاتا، قايتا كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>正在读取工作证，请稍候…</source>
        <translation>خىزمەت كىنىشكىسى ئوقۇلۇۋاتىدۇ، سەل ساقلاڭ…</translation>
    </message>
    <message>
        <source>这张工作证未登记。请输入工号和密码，或请管理员登记此卡。</source>
        <translation>بۇ خىزمەت كىنىشكىسى تىزىملانمىغان. خىزمەت نومۇرى ۋە مەخپىي نومۇرنى كىرگۈزۈڭ ياكى باشقۇرغۇچىدىن بۇ كارتىنى تىزىملاشنى سوراڭ.</translation>
    </message>
    <message>
        <source>未登记的卡刷卡次数过多，刷卡登录已暂停15分钟。请输入工号和密码。</source>
        <translation>تىزىملانمىغان كارتا بەك كۆپ ئوقۇتۇلدى، كارتا بىلەن كىرىش 15 مىنۇت توختىتىلدى. خىزمەت نومۇرى ۋە مەخپىي نومۇرنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>这是居民身份证，不能用于工作人员登录，本机没有读取其中的信息。请收好您的证件。</source>
        <translation>بۇ ئاھالە كىملىكى، خىزمەتچى كىرىشىگە ئىشلەتكىلى بولمايدۇ، بۇ ئۈسكۈنە ئۇنىڭدىكى ئۇچۇرنى ئوقۇمىدى. گۇۋاھنامىڭىزنى ياخشى ساقلاڭ.</translation>
    </message>
    <message>
        <source>读卡时卡被移开了，请重新刷工作证。</source>
        <translation>ئوقۇۋاتقاندا كارتا يۆتكىلىپ كەتتى، خىزمەت كىنىشكىسىنى قايتا ئوقۇتۇڭ.</translation>
    </message>
    <message>
        <source>读卡器暂时无法使用，请输入工号和密码。</source>
        <translation>كارتا ئوقۇغۇچنى ھازىرچە ئىشلەتكىلى بولمايدۇ، خىزمەت نومۇرى ۋە مەخپىي نومۇرنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>无法识别这张卡，请重新刷工作证，或输入工号和密码。</source>
        <translation>بۇ كارتىنى تونۇغىلى بولمىدى، خىزمەت كىنىشكىسىنى قايتا ئوقۇتۇڭ ياكى خىزمەت نومۇرى ۋە مەخپىي نومۇرنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>刷工作证或输入工号和密码。帮办时由您操作，身份核验仍由办事人本人完成。</source>
        <translation>خىزمەت كىنىشكىسىنى ئوقۇتۇڭ ياكى خىزمەت نومۇرى ۋە مەخپىي نومۇرنى كىرگۈزۈڭ. ياردەملەشكەندە سىز مەشغۇلات قىلىسىز، سالاھىيەت دەلىللەشنى يەنىلا ئىش بىجىرگۈچى ئۆزى تاماملايدۇ.</translation>
    </message>
    <message>
        <source>培训模式：刷工作证 {0}</source>
        <translation>مەشىق ھالىتى: خىزمەت كىنىشكىسى {0} نى ئوقۇتۇش</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>بىكار قىلىش</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>كىرىش</translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <source>第 {0} 步，共 {1} 步</source>
        <translation>{0}-قەدەم، جەمئىي {1} قەدەم</translation>
    </message>
    <message>
        <source>退出办理</source>
        <translation>بىجىرىشتىن چېكىنىش</translation>
    </message>
</context>
<context>
    <name>StepViews</name>
    <message>
        <source>非常满意</source>
        <translation>ناھايىتى رازى</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>رازى</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>ئاساسەن رازى</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>رازى ئەمەس</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>ئىنتايىن نارازى</translation>
    </message>
    <message>
        <source>摄像头画面，仅在屏幕上显示，不会保存</source>
        <translation>كامېرا كۆرۈنۈشى، پەقەت ئېكراندا كۆرسىتىلىدۇ، ساقلانمايدۇ</translation>
    </message>
    <message>
        <source>不方便刷脸？改用手机短信验证码</source>
        <translation>چىراي سېلىشتۇرۇش قولايسىزمۇ؟ يانفون قىسقا ئۇچۇر دەلىللەش كودىنى ئىشلىتىڭ</translation>
    </message>
    <message>
        <source>第 {0} 次，共可尝试 {1} 次</source>
        <translation>{0}-قېتىم، جەمئىي {1} قېتىم سىنىغىلى بولىدۇ</translation>
    </message>
    <message>
        <source>办理前请了解（一次性告知）</source>
        <translation>بىجىرىشتىن بۇرۇن بىلىۋېلىڭ (بىر قېتىمدا تولۇق ئۇقتۇرۇش)</translation>
    </message>
    <message>
        <source>办理条件</source>
        <translation>بىجىرىش شەرتى</translation>
    </message>
    <message>
        <source>所需材料</source>
        <translation>كېرەكلىك ماتېرىياللار</translation>
    </message>
    <message>
        <source>办理标准</source>
        <translation>بىجىرىش ئۆلچىمى</translation>
    </message>
    <message>
        <source>费用：{0} 元</source>
        <translation>ھەققى: {0} يۈەن</translation>
    </message>
    <message>
        <source>点击“同意并开始”即表示您同意本机读取身份证并进行人脸比对，信息仅用于本次办理，办完即清除。</source>
        <translation>«قوشۇلىمەن ۋە باشلايمەن»نى بېسىش ئارقىلىق بۇ ئۈسكۈنىنىڭ كىملىكىڭىزنى ئوقۇشى ۋە چىراي سېلىشتۇرۇشىغا قوشۇلغان بولىسىز. ئۇچۇرلار پەقەت بۇ قېتىملىق بىجىرىشكىلا ئىشلىتىلىدۇ، تاماملانغاندىن كېيىن ئۆچۈرۈلىدۇ.</translation>
    </message>
    <message>
        <source>同意并开始</source>
        <translation>قوشۇلىمەن ۋە باشلايمەن</translation>
    </message>
    <message>
        <source>本次由工作人员（工号 {0}）协助操作，身份证和人脸核验仍由您本人完成。请您本人确认是否同意由工作人员协助办理。</source>
        <translation>بۇ قېتىم خىزمەتچى خادىم (خىزمەت نومۇرى {0}) ياردەملىشىپ مەشغۇلات قىلىدۇ، كىملىك ۋە چىراي دەلىللەشنى يەنىلا ئۆزىڭىز تاماملايسىز. خىزمەتچى خادىمنىڭ ياردەملىشىشىگە قوشۇلىدىغان-قوشۇلمايدىغانلىقىڭىزنى ئۆزىڭىز جەزملەڭ.</translation>
    </message>
    <message>
        <source>本人同意协助并开始</source>
        <translation>ياردەملىشىشكە قوشۇلىمەن ۋە باشلايمەن</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>قايتىش</translation>
    </message>
    <message>
        <source>请将身份证放在读卡区</source>
        <translation>كىملىكنى كارتا ئوقۇش رايونىغا قويۇڭ</translation>
    </message>
    <message>
        <source>读卡区在屏幕下方，标有身份证图标。读卡后请不要拿走，办完再取。</source>
        <translation>كارتا ئوقۇش رايونى ئېكراننىڭ ئاستىدا، كىملىك بەلگىسى بار. ئوقۇغاندىن كېيىن ئالماڭ، بىجىرىپ بولغاندىن كېيىن ئېلىڭ.</translation>
    </message>
    <message>
        <source>培训模式：选择一张测试身份证放入读卡器</source>
        <translation>مەشىق ھالىتى: بىر سىناق كىملىكنى تاللاپ كارتا ئوقۇغۇچقا قويۇڭ</translation>
    </message>
    <message>
        <source>应付金额：{0} 元</source>
        <translation>تۆلەيدىغان سومما: {0} يۈەن</translation>
    </message>
    <message>
        <source>收款单位：{0}</source>
        <translation>پۇل تاپشۇرۇۋالغۇچى ئورۇن: {0}</translation>
    </message>
    <message>
        <source>付款二维码</source>
        <translation>پۇل تۆلەش QR كودى</translation>
    </message>
    <message>
        <source>请用微信或支付宝扫描二维码付款；也可以把手机上的付款码对准下方扫码口。</source>
        <translation>ۋېيشىن ياكى زىفۇباۋ بىلەن QR كودنى سىكانېرلاپ پۇل تۆلەڭ؛ ياكى يانفونىڭىزدىكى پۇل تۆلەش كودىنى ئاستىدىكى سىكانېرلاش ئېغىزىغا توغرىلاڭ.</translation>
    </message>
    <message>
        <source>二维码 {0} 秒后失效</source>
        <translation>QR كود {0} سېكۇنتتىن كېيىن ئىناۋەتسىز بولىدۇ</translation>
    </message>
    <message>
        <source>培训模式：模拟手机扫码付款</source>
        <translation>مەشىق ھالىتى: يانفوندا سىكانېرلاپ پۇل تۆلەشنى تەقلىد قىلىش</translation>
    </message>
    <message>
        <source>点此用屏幕键盘输入</source>
        <translation>ئېكران كۇنۇپكا تاختىسىدا كىرگۈزۈش ئۈچۈن بۇ يەرنى بېسىڭ</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>جەزملەش</translation>
    </message>
    <message>
        <source>办理人：{0}</source>
        <translation>بىجىرگۈچى: {0}</translation>
    </message>
    <message>
        <source>完成，不打印</source>
        <translation>تامام، باسمايمەن</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>تامام</translation>
    </message>
    <message>
        <source>打印完成，请取走您的材料。</source>
        <translation>بېسىپ بولدى، ماتېرىيالىڭىزنى ئېلىۋېلىڭ.</translation>
    </message>
    <message>
        <source>请您对本次服务进行评价（好差评）</source>
        <translation>بۇ قېتىملىق مۇلازىمەتكە باھا بېرىڭ</translation>
    </message>
    <message>
        <source>跳过评价</source>
        <translation>باھا بەرمەي ئۆتۈش</translation>
    </message>
    <message>
        <source>您选择了“{0}”。请告诉我们原因（必选）：</source>
        <translation>سىز «{0}» نى تاللىدىڭىز. سەۋەبىنى بىزگە ئېيتىڭ (چوقۇم تاللاش كېرەك):</translation>
    </message>
    <message>
        <source>其他原因：</source>
        <translation>باشقا سەۋەب:</translation>
    </message>
    <message>
        <source>其他原因</source>
        <translation>باشقا سەۋەب</translation>
    </message>
    <message>
        <source>提交其他原因</source>
        <translation>باشقا سەۋەبنى يوللاش</translation>
    </message>
    <message>
        <source>改用手机短信验证码</source>
        <translation>يانفون قىسقا ئۇچۇر دەلىللەش كودىنى ئىشلىتىش</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>قايتا سىناش</translation>
    </message>
    <message>
        <source>请工作人员帮办</source>
        <translation>خىزمەتچى خادىمدىن ياردەم سوراش</translation>
    </message>
    <message>
        <source>结束办理</source>
        <translation>بىجىرىشنى ئاخىرلاشتۇرۇش</translation>
    </message>
</context>
<context>
    <name>TextKeyboard</name>
    <message>
        <source>大写</source>
        <translation>چوڭ ھەرپ</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>تازىلاش</translation>
    </message>
</context>
<context>
    <name>UnderMaintenanceScreen</name>
    <message>
        <source>设备维护中</source>
        <translation>ئۈسكۈنە ئاسرىلىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>ئاسرىلىۋاتىدۇ</translation>
    </message>
    <message>
        <source>工作人员正在维护本机，暂停办理业务。咨询电话 {0}</source>
        <translation>خىزمەتچى خادىم بۇ ئۈسكۈنىنى ئاسراۋاتىدۇ، ئىش بىجىرىش ۋاقىتلىق توختىدى. مەسلىھەت تېلېفونى {0}</translation>
    </message>
</context>
</TS>
