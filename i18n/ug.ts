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
            <source>请输入工号和密码。帮办时由您操作，身份核验仍由办事人本人完成。</source>
            <translation>خىزمەت نومۇرى ۋە مەخپىي نومۇرنى كىرگۈزۈڭ. ياردەملەشكەندە سىز مەشغۇلات قىلىسىز، سالاھىيەت دەلىللەشنى يەنىلا ئىش بىجىرگۈچى ئۆزى تاماملايدۇ.</translation>
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
