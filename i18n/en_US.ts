<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="zh_CN">
<context>
    <name>AttractScreen</name>
    <message>
        <source>政务服务自助终端</source>
        <translation>Government Self-Service Kiosk</translation>
    </message>
    <message>
        <source>24小时自助办事 · 刷身份证即可办理</source>
        <translation>Self-service 24 hours a day · just bring your ID card</translation>
    </message>
    <message>
        <source>社保查询 · 无房证明 · 公积金查询 …</source>
        <translation>Social insurance · Proof of no housing · Provident fund …</translation>
    </message>
    <message>
        <source>点击屏幕开始办理</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <source>长辈版（大字体、慢节奏）</source>
        <translation>Senior mode (large text, more time)</translation>
    </message>
</context>
<context>
    <name>CaptureViews</name>
    <message>
        <source>第 {0} 页，最多 {1} 页</source>
        <translation>Page {0}, at most {1} pages</translation>
    </message>
    <message>
        <source>请扫描：{0}</source>
        <translation>Please scan: {0}</translation>
    </message>
    <message>
        <source>扫描后您会先看到图像，确认清楚无误才会提交。图像只用于本次申请，不在本机保存。</source>
        <translation>After scanning you will see the image first; it is sent only when you confirm it is clear and right. The image is used for this application only and not kept on this kiosk.</translation>
    </message>
    <message>
        <source>已扫完，下一步</source>
        <translation>All scanned, next</translation>
    </message>
    <message>
        <source>扫描下一页</source>
        <translation>Scan the next page</translation>
    </message>
    <message>
        <source>开始扫描</source>
        <translation>Start scanning</translation>
    </message>
    <message>
        <source>请核对扫描图像：{0}</source>
        <translation>Please check the scanned image: {0}</translation>
    </message>
    <message>
        <source>这张图像不够清楚，请重新扫描</source>
        <translation>This image is not clear enough, please scan again</translation>
    </message>
    <message>
        <source>扫描图像预览：{0}</source>
        <translation>Scanned image preview: {0}</translation>
    </message>
    <message>
        <source>文字清楚、材料完整，再点“确认提交此页”；否则请重新扫描。</source>
        <translation>If the words are clear and the page is complete, touch &quot;Confirm this page&quot;; otherwise scan again.</translation>
    </message>
    <message>
        <source>重新扫描</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <source>确认提交此页</source>
        <translation>Confirm this page</translation>
    </message>
    <message>
        <source>请核对申请内容，然后在下方框内签名</source>
        <translation>Please check your application, then sign in the box below</translation>
    </message>
    <message>
        <source>请用手指在此处签写您的姓名</source>
        <translation>Sign your name here with your finger</translation>
    </message>
    <message>
        <source>签名区</source>
        <translation>Signature box</translation>
    </message>
    <message>
        <source>签名将与签名时间、办件编号一起放入申请书提交，本机不保存。</source>
        <translation>Your signature goes into the application with the time of signing and the case number; this kiosk does not keep it.</translation>
    </message>
    <message>
        <source>清除重签</source>
        <translation>Clear and sign again</translation>
    </message>
    <message>
        <source>确认签名并提交</source>
        <translation>Confirm signature and send</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>您还在吗？需要更多时间吗？</source>
        <translation>Are you still there? Do you need more time?</translation>
    </message>
    <message>
        <source>{0} 秒后将结束本次办理</source>
        <translation>This service will end in {0} seconds</translation>
    </message>
    <message>
        <source>需要更多时间</source>
        <translation>I need more time</translation>
    </message>
    <message>
        <source>结束办理</source>
        <translation>End now</translation>
    </message>
</context>
<context>
    <name>ElderlyPaging</name>
    <message>
        <source>更多选项（{0}/{1}）</source>
        <translation>More choices ({0}/{1})</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <source>政务服务便民热线 {0}</source>
        <translation>Citizen hotline {0}</translation>
    </message>
    <message>
        <source>现场咨询电话 {0}</source>
        <translation>Help desk phone {0}</translation>
    </message>
    <message>
        <source>服务时间：24小时</source>
        <translation>Open 24 hours</translation>
    </message>
    <message>
        <source>服务时间：今日不开放</source>
        <translation>Closed today</translation>
    </message>
    <message>
        <source>服务时间：{0}</source>
        <translation>Opening hours: {0}</translation>
    </message>
    <message>
        <source>投诉建议：扫右侧二维码或拨打 {0}</source>
        <translation>Complaints: scan the QR code or call {0}</translation>
    </message>
    <message>
        <source>切换语言：{0}</source>
        <translation>Change language: {0}</translation>
    </message>
    <message>
        <source>长辈版</source>
        <translation>Senior mode</translation>
    </message>
    <message>
        <source>高对比度</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>轮椅模式</source>
        <translation>Wheelchair</translation>
    </message>
    <message>
        <source>语音播报</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>呼叫帮助</source>
        <translation>Call for help</translation>
    </message>
    <message>
        <source>投诉建议</source>
        <translation>Complaints</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>找到 {0} 项</source>
        <translation>{0} found</translation>
    </message>
    <message>
        <source>第 {0}/{1} 页</source>
        <translation>Page {0}/{1}</translation>
    </message>
    <message>
        <source>搜索事项</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>按部门查找</source>
        <translation>By department</translation>
    </message>
    <message>
        <source>请选择部门</source>
        <translation>Choose a department</translation>
    </message>
    <message>
        <source>请选择要办理的事项</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <source>办理时需要刷身份证并进行人脸比对</source>
        <translation>You will need your ID card and a face check</translation>
    </message>
    <message>
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>请输入事项名称的拼音首字母，如 SB 找社保</source>
        <translation>Type the pinyin initials of a service, e.g. SB for social insurance</translation>
    </message>
    <message>
        <source>常用事项</source>
        <translation>Most used</translation>
    </message>
    <message>
        <source>没有找到“{0}”相关的事项</source>
        <translation>Nothing found for &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>请检查拼音首字母，或按部门查找</source>
        <translation>Check the pinyin initials, or look by department</translation>
    </message>
    <message>
        <source>重新输入</source>
        <translation>Type again</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>【试运行】</source>
        <translation>[Trial]</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>{0} 项事项</source>
        <translation>{0} services</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>KeypadNavigation</name>
    <message>
        <source>（不可用）</source>
        <translation> (not available)</translation>
    </message>
    <message>
        <source>已按下：{0}</source>
        <translation>Pressed: {0}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>培训模式：使用模拟设备和测试数据，所办事项不具法律效力</source>
        <translation>TRAINING MODE: simulated devices and test data; nothing done here is legally valid</translation>
    </message>
    <message>
        <source>已呼叫工作人员，请稍候</source>
        <translation>Staff have been called, please wait</translation>
    </message>
    <message>
        <source>帮办模式：工作人员 {0} 正在协助办理</source>
        <translation>Assisted service: staff member {0} is helping</translation>
    </message>
    <message>
        <source>结束帮办</source>
        <translation>End assistance</translation>
    </message>
    <message>
        <source>轮椅模式：所有按钮都在屏幕下部</source>
        <translation>Wheelchair layout: every button is in the lower part of the screen</translation>
    </message>
</context>
<context>
    <name>LetterKeys</name>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>扬声器测试：如果您能听到这句话，扬声器工作正常。</source>
        <translation>Speaker test: if you can hear this, the speaker works.</translation>
    </message>
    <message>
        <source>备份失败：{0}</source>
        <translation>Backup failed: {0}</translation>
    </message>
    <message>
        <source>已备份：{0}</source>
        <translation>Backed up: {0}</translation>
    </message>
    <message>
        <source>导出失败：{0}</source>
        <translation>Export failed: {0}</translation>
    </message>
    <message>
        <source>已导出：{0}</source>
        <translation>Exported: {0}</translation>
    </message>
    <message>
        <source>登记故障（按附录A分类）</source>
        <translation>Record a fault (Appendix A classes)</translation>
    </message>
    <message>
        <source>部位</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>故障</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>处理方式</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>登记新故障</source>
        <translation>Record a new fault</translation>
    </message>
    <message>
        <source>没有故障记录。</source>
        <translation>No faults recorded.</translation>
    </message>
    <message>
        <source>未排除</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已排除</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>人工登记</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>自动检测</source>
        <translation>Detected automatically</translation>
    </message>
    <message>
        <source>{0} · {1} · 发生 {2}</source>
        <translation>{0} · {1} · since {2}</translation>
    </message>
    <message>
        <source>排除于 {0}，用时 {1}</source>
        <translation>Resolved {0}, took {1}</translation>
    </message>
    <message>
        <source>已排除：{0}</source>
        <translation>Resolved: {0}</translation>
    </message>
    <message>
        <source>{0} 分钟</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} 小时 {1} 分钟</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <source>待检</source>
        <translation>To check</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>异常</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>提交检查记录（{0}/{1}）</source>
        <translation>Submit the checklist ({0}/{1})</translation>
    </message>
    <message>
        <source>最近的检查记录</source>
        <translation>Recent checklists</translation>
    </message>
    <message>
        <source>全部正常</source>
        <translation>All OK</translation>
    </message>
    <message>
        <source>{0} · {1} · 工号 {2} · {3}</source>
        <translation>{0} · {1} · staff No. {2} · {3}</translation>
    </message>
    <message>
        <source>事项入驻或变更先试运行不少于1个月，再正式运行；撤销后首页不再显示。</source>
        <translation>A new or changed service runs on trial for at least one month before going live; a revoked one is no longer shown on the home screen.</translation>
    </message>
    <message>
        <source>每日服务时间</source>
        <translation>Daily service hours</translation>
    </message>
    <message>
        <source>开始 −30分</source>
        <translation>Start −30 min</translation>
    </message>
    <message>
        <source>开始 +30分</source>
        <translation>Start +30 min</translation>
    </message>
    <message>
        <source>全天24小时</source>
        <translation>Open 24 hours</translation>
    </message>
    <message>
        <source>结束 −30分</source>
        <translation>End −30 min</translation>
    </message>
    <message>
        <source>结束 +30分</source>
        <translation>End +30 min</translation>
    </message>
    <message>
        <source>休息日（点选切换）</source>
        <translation>Days closed (touch to change)</translation>
    </message>
    <message>
        <source>休息</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>保存服务时间</source>
        <translation>Save service hours</translation>
    </message>
    <message>
        <source>已保存，页脚和闭馆画面立即按新时间显示。</source>
        <translation>Saved: the footer and the closed screen show the new hours at once.</translation>
    </message>
    <message>
        <source>差评须在15天内回访整改。</source>
        <translation>Poor ratings must be followed up within 15 days.</translation>
    </message>
    <message>
        <source>没有差评回访。</source>
        <translation>No follow-ups of poor ratings.</translation>
    </message>
    <message>
        <source>已回访 {0}</source>
        <translation>Followed up {0}</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>剩 {0} 天</source>
        <translation>{0} days left</translation>
    </message>
    <message>
        <source>办件 {0} · 原因：{1} · 期限 {2}</source>
        <translation>Case {0} · reason: {1} · due {2}</translation>
    </message>
    <message>
        <source>已超过回访期限，请尽快回访。</source>
        <translation>The follow-up is overdue; please follow up soon.</translation>
    </message>
    <message>
        <source>已回访，关闭</source>
        <translation>Followed up, close</translation>
    </message>
    <message>
        <source>可用</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>不可用</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source> · 纸张 {0}</source>
        <translation> · paper {0}</translation>
    </message>
    <message>
        <source>到政务服务平台的网络</source>
        <translation>Network to the government service platform</translation>
    </message>
    <message>
        <source>域名解析正常：{0} → {1}</source>
        <translation>Name resolves: {0} → {1}</translation>
    </message>
    <message>
        <source>域名解析失败：{0}</source>
        <translation>Name does not resolve: {0}</translation>
    </message>
    <message>
        <source>延迟（中位数）：{0}，最慢 {1}</source>
        <translation>Latency (median): {0}, slowest {1}</translation>
    </message>
    <message>
        <source>丢包率：{0}%（{1}/{2} 次有应答）</source>
        <translation>Packet loss: {0}% ({1}/{2} answered)</translation>
    </message>
    <message>
        <source>检测时间：{0}</source>
        <translation>Checked at: {0}</translation>
    </message>
    <message>
        <source>已记录故障：{0}</source>
        <translation>Fault recorded: {0}</translation>
    </message>
    <message>
        <source>尚未检测。</source>
        <translation>Not checked yet.</translation>
    </message>
    <message>
        <source>正在检测…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>检测网络</source>
        <translation>Check the network</translation>
    </message>
    <message>
        <source>余量按上次更换后打印的数量估算；打印机自己报告的状态一并列出。</source>
        <translation>Levels are estimated from what was printed since the last refill; the printer&apos;s own report is listed too.</translation>
    </message>
    <message>
        <source>{0}：约剩 {1}%</source>
        <translation>{0}: about {1}% left</translation>
    </message>
    <message>
        <source>张凭条</source>
        <translation>receipts</translation>
    </message>
    <message>
        <source>页</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>上次更换后已用 {0} {1}，容量 {2}</source>
        <translation>{0} {1} used since the last refill, capacity {2}</translation>
    </message>
    <message>
        <source>；更换时间 {0}</source>
        <translation>; refilled {0}</translation>
    </message>
    <message>
        <source>；尚无更换记录</source>
        <translation>; no refill recorded yet</translation>
    </message>
    <message>
        <source>打印机报告：{0}</source>
        <translation>Printer reports: {0}</translation>
    </message>
    <message>
        <source>余量不足，请及时更换</source>
        <translation>Running low: please refill soon</translation>
    </message>
    <message>
        <source>已更换/补充</source>
        <translation>Refilled</translation>
    </message>
    <message>
        <source>通过设备的正常接口测试；测试凭条和测试页计入耗材。</source>
        <translation>Tests go through each device&apos;s normal interface; test receipts and pages count as consumables used.</translation>
    </message>
    <message>
        <source>失败：{0}</source>
        <translation>Failed: {0}</translation>
    </message>
    <message>
        <source>数据库和配置每 {0} 天自动备份一次，保留最近 {1} 份。</source>
        <translation>The database and configuration are backed up every {0} days; the last {1} backups are kept.</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>恢复：停止本机程序后运行 kiosk restore 备份文件</source>
        <translation>Restore: stop the kiosk, then run kiosk restore BACKUP-FILE</translation>
    </message>
    <message>
        <source>还没有备份。</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>每周运行数据：办件量、故障清单、耗材、评价、帮办。导出 CSV 和 PDF。</source>
        <translation>Weekly figures: services done, faults, consumables, ratings, assisted sessions. Export as CSV and PDF.</translation>
    </message>
    <message>
        <source>导出 {0}</source>
        <translation>Export {0}</translation>
    </message>
    <message>
        <source>导出到：{0}</source>
        <translation>Export to: {0}</translation>
    </message>
    <message>
        <source>设备状态</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>耗材</source>
        <translation>Consumables</translation>
    </message>
    <message>
        <source>自检</source>
        <translation>Self-tests</translation>
    </message>
    <message>
        <source>运维台账</source>
        <translation>Fault log</translation>
    </message>
    <message>
        <source>巡检</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>事项管理</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>服务时间</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>周报</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>差评回访</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>身份证阅读器</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <source>摄像头</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>凭条打印机</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>A4打印机</source>
        <translation>A4 printer</translation>
    </message>
    <message>
        <source>扫描仪</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>主机</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>客户端软件</source>
        <translation>Kiosk software</translation>
    </message>
    <message>
        <source>网络</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>电源</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>离线</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>忙</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>硬件故障</source>
        <translation>Hardware fault</translation>
    </message>
    <message>
        <source>操作错误</source>
        <translation>Operating error</translation>
    </message>
    <message>
        <source>充足</source>
        <translation>Enough</translation>
    </message>
    <message>
        <source>偏少</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>缺纸</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <source>卡纸</source>
        <translation>Paper jam</translation>
    </message>
    <message>
        <source>凭条纸</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <source>A4纸</source>
        <translation>A4 paper</translation>
    </message>
    <message>
        <source>硒鼓/墨粉</source>
        <translation>Toner</translation>
    </message>
    <message>
        <source>硬件</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>软件</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>严重</source>
        <translation>Severe</translation>
    </message>
    <message>
        <source>机器缺纸</source>
        <translation>Out of paper</translation>
    </message>
    <message>
        <source>供电UPS续航能力弱</source>
        <translation>Weak UPS battery</translation>
    </message>
    <message>
        <source>蓝屏、白屏</source>
        <translation>Blue or white screen</translation>
    </message>
    <message>
        <source>主机资源占用较大、处理缓慢</source>
        <translation>Computer overloaded, slow</translation>
    </message>
    <message>
        <source>硬件外设驱动无响应</source>
        <translation>Device driver not responding</translation>
    </message>
    <message>
        <source>机器卡纸</source>
        <translation>Paper jam</translation>
    </message>
    <message>
        <source>客户端无返回或信息返回错误</source>
        <translation>Software returns nothing or wrong data</translation>
    </message>
    <message>
        <source>客户端跳转错误或跳转迟缓</source>
        <translation>Screens change wrongly or slowly</translation>
    </message>
    <message>
        <source>服务无响应和闪退</source>
        <translation>Software not responding or crashing</translation>
    </message>
    <message>
        <source>客户端卡顿</source>
        <translation>Software stalls</translation>
    </message>
    <message>
        <source>页面被篡改</source>
        <translation>Screens tampered with</translation>
    </message>
    <message>
        <source>网络响应延迟较大</source>
        <translation>High network latency</translation>
    </message>
    <message>
        <source>网络丢包率较大</source>
        <translation>High packet loss</translation>
    </message>
    <message>
        <source>网络通信链路不通</source>
        <translation>Network link down</translation>
    </message>
    <message>
        <source>网络IP变动或无法获取</source>
        <translation>IP address changed or not obtained</translation>
    </message>
    <message>
        <source>未封存的接口接入了外部设备</source>
        <translation>An external device was plugged into a port that should be sealed</translation>
    </message>
    <message>
        <source>远程处理</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>协助处理</source>
        <translation>Assisted</translation>
    </message>
    <message>
        <source>现场处理</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>电源是否正常</source>
        <translation>Power normal?</translation>
    </message>
    <message>
        <source>网络通信是否正常</source>
        <translation>Network normal?</translation>
    </message>
    <message>
        <source>打印纸是否充足</source>
        <translation>Enough printing paper?</translation>
    </message>
    <message>
        <source>打印机墨盒/硒鼓是否充足</source>
        <translation>Enough ink/toner?</translation>
    </message>
    <message>
        <source>设备外部是否清洁</source>
        <translation>Outside clean?</translation>
    </message>
    <message>
        <source>设备内部是否清洁</source>
        <translation>Inside clean?</translation>
    </message>
    <message>
        <source>有无机械故障（无则正常）</source>
        <translation>Mechanical faults? (none = OK)</translation>
    </message>
    <message>
        <source>有无卡纸（无则正常）</source>
        <translation>Paper jams? (none = OK)</translation>
    </message>
    <message>
        <source>指示标识是否正常</source>
        <translation>Signs and labels in order?</translation>
    </message>
    <message>
        <source>显示器是否正常</source>
        <translation>Screen normal?</translation>
    </message>
    <message>
        <source>扫描器是否正常</source>
        <translation>Scanner normal?</translation>
    </message>
    <message>
        <source>摄像头是否正常</source>
        <translation>Camera normal?</translation>
    </message>
    <message>
        <source>指纹仪是否正常</source>
        <translation>Fingerprint reader normal?</translation>
    </message>
    <message>
        <source>读卡器是否正常</source>
        <translation>Card reader normal?</translation>
    </message>
    <message>
        <source>打印机是否正常</source>
        <translation>Printer normal?</translation>
    </message>
    <message>
        <source>打印耗材是否空缺（不缺则正常）</source>
        <translation>Printing supplies missing? (none missing = OK)</translation>
    </message>
    <message>
        <source>客户端跳转是否流畅</source>
        <translation>Screens change smoothly?</translation>
    </message>
    <message>
        <source>每日检查</source>
        <translation>Daily check</translation>
    </message>
    <message>
        <source>两周巡检</source>
        <translation>Two-weekly inspection</translation>
    </message>
    <message>
        <source>试运行</source>
        <translation>Trial</translation>
    </message>
    <message>
        <source>正式运行</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>打印测试凭条</source>
        <translation>Print a test receipt</translation>
    </message>
    <message>
        <source>打印A4测试页</source>
        <translation>Print an A4 test page</translation>
    </message>
    <message>
        <source>读测试卡</source>
        <translation>Read a test card</translation>
    </message>
    <message>
        <source>摄像头预览</source>
        <translation>Camera preview</translation>
    </message>
    <message>
        <source>扬声器测试</source>
        <translation>Speaker test</translation>
    </message>
    <message>
        <source>进行中…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>未放卡：请把测试卡放到读卡器上</source>
        <translation>No card: put the test card on the reader</translation>
    </message>
    <message>
        <source>摄像头没有画面</source>
        <translation>The camera shows no picture</translation>
    </message>
    <message>
        <source>已播放测试语音，请确认能听到</source>
        <translation>Test speech played: check that you heard it</translation>
    </message>
    <message>
        <source>新密码至少需要10位。</source>
        <translation>A new password needs at least 10 characters.</translation>
    </message>
    <message>
        <source>新密码需包含大写字母、小写字母、数字、符号中的至少三类。</source>
        <translation>A new password needs at least three of: capitals, small letters, digits, symbols.</translation>
    </message>
    <message>
        <source>新密码不能包含工号。</source>
        <translation>A new password must not contain the staff number.</translation>
    </message>
    <message>
        <source>新密码不能与原密码相同。</source>
        <translation>The new password must differ from the old one.</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <source>维护界面</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>运维人员 {0}</source>
        <translation>Operator {0}</translation>
    </message>
    <message>
        <source>暂离（显示维护中）</source>
        <translation>Step away (show &quot;under maintenance&quot;)</translation>
    </message>
    <message>
        <source>结束维护</source>
        <translation>End maintenance</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>请取走您的身份证和打印的材料</source>
        <translation>Please take your ID card and your printouts</translation>
    </message>
    <message>
        <source>您的信息已从本机清除。</source>
        <translation>Your information has been erased from this kiosk.</translation>
    </message>
    <message>
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <source>暂停服务</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>“{0}”所需的设备暂时不能使用，其他事项仍可办理。</source>
        <translation>A device that &quot;{0}&quot; needs is not working right now. Other services are still available.</translation>
    </message>
    <message>
        <source>已通知工作人员。咨询电话 {0}</source>
        <translation>Staff have been told. Help desk phone {0}</translation>
    </message>
    <message>
        <source>不在服务时间</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>本机服务时间：{0}</source>
        <translation>This kiosk is open: {0}</translation>
    </message>
    <message>
        <source>如有急事请拨打 12345 或现场咨询电话 {0}</source>
        <translation>If it is urgent, call 12345 or the help desk on {0}</translation>
    </message>
    <message>
        <source>知道了</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>不能开始帮办</source>
        <translation>Assisted service cannot start</translation>
    </message>
    <message>
        <source>错误次数过多，账号已暂时锁定，请15分钟后再试。</source>
        <translation>Too many wrong tries: the account is locked. Please try again in 15 minutes.</translation>
    </message>
    <message>
        <source>此账号不是帮办人员账号。</source>
        <translation>This account is not a volunteer account.</translation>
    </message>
    <message>
        <source>密码已过期，请联系运维人员重置。</source>
        <translation>This PIN has expired. Please ask the operator to reset it.</translation>
    </message>
    <message>
        <source>工号或密码不对。</source>
        <translation>Wrong staff number or PIN.</translation>
    </message>
    <message>
        <source>已呼叫工作人员</source>
        <translation>Staff have been called</translation>
    </message>
    <message>
        <source>工作人员马上就到，请在本机旁稍候。</source>
        <translation>Someone will be with you shortly. Please wait by the kiosk.</translation>
    </message>
    <message>
        <source>也可以拨打现场咨询电话 {0}</source>
        <translation>You can also call the help desk on {0}</translation>
    </message>
    <message>
        <source>好的</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>工作人员登录（帮办）</source>
        <translation>Staff login (assisted service)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>正在读取身份证，请勿移开…</source>
        <translation>Reading your ID card, please leave it in place…</translation>
    </message>
    <message>
        <source>正在查询，请稍候…</source>
        <translation>Looking up your record, please wait…</translation>
    </message>
    <message>
        <source>正在打印凭条，请稍候…</source>
        <translation>Printing your receipt, please wait…</translation>
    </message>
    <message>
        <source>正在打印证明，请稍候…</source>
        <translation>Printing your certificate, please wait…</translation>
    </message>
    <message>
        <source>正在生成付款二维码，请稍候…</source>
        <translation>Preparing the payment QR code, please wait…</translation>
    </message>
    <message>
        <source>正在确认付款，请稍候…</source>
        <translation>Confirming your payment, please wait…</translation>
    </message>
    <message>
        <source>付款没有成功，没有扣款。您可以重试或结束办理。</source>
        <translation>The payment did not go through and no money was taken. You can try again or end here.</translation>
    </message>
    <message>
        <source>付款已超时，订单已关闭，没有扣款。您可以重试或结束办理。</source>
        <translation>The payment timed out and the order is closed; no money was taken. You can try again or end here.</translation>
    </message>
    <message>
        <source>本机暂时不能收费，请到服务窗口办理。</source>
        <translation>This kiosk cannot take payments right now. Please go to a service counter.</translation>
    </message>
    <message>
        <source>正在向您预留的手机号码发送验证码…</source>
        <translation>Sending a code to the mobile number on your record…</translation>
    </message>
    <message>
        <source>正在核对验证码…</source>
        <translation>Checking the code…</translation>
    </message>
    <message>
        <source>验证码是6位数字</source>
        <translation>The code has 6 digits</translation>
    </message>
    <message>
        <source>验证码不对，请重新输入</source>
        <translation>That code is not right. Please enter it again</translation>
    </message>
    <message>
        <source>平台上没有您的手机号码，不能用短信验证。您可以请工作人员帮办。</source>
        <translation>The platform has no mobile number for you, so a text code is not possible. A member of staff can help you.</translation>
    </message>
    <message>
        <source>验证码已失效（输错3次或超时）。可以重新发送，或结束办理。</source>
        <translation>The code has expired (3 wrong tries or too late). You can send a new one or end here.</translation>
    </message>
    <message>
        <source>无法识别这张身份证。请确认是本人有效的居民身份证，或到服务窗口办理。</source>
        <translation>This ID card cannot be read. Please use your own valid resident ID card, or go to a service counter.</translation>
    </message>
    <message>
        <source>这张身份证已过有效期。请使用有效证件，或到服务窗口办理。</source>
        <translation>This ID card has expired. Please use a valid card, or go to a service counter.</translation>
    </message>
    <message>
        <source>读卡时身份证被移开了。请重新放好身份证。</source>
        <translation>The card was moved while it was being read. Please put it back on the reader.</translation>
    </message>
    <message>
        <source>这是工作证，不是身份证。请取走工作证，放入办事人本人的居民身份证。</source>
        <translation>This is a staff card, not an ID card. Please take it away and put the citizen&apos;s own resident ID card on the reader.</translation>
    </message>
    <message>
        <source>身份证中的照片无法读取，不能进行人脸比对。请到服务窗口办理。</source>
        <translation>The photo on the card cannot be read, so the face check is not possible. Please go to a service counter.</translation>
    </message>
    <message>
        <source>人脸与身份证照片不一致。请摘下帽子或口罩，正对摄像头再试一次（还可尝试 {left} 次）。</source>
        <translation>Your face did not match the card photo. Please take off any hat or mask, face the camera and try again ({left} tries left).</translation>
    </message>
    <message>
        <source>未能确认是本人在摄像头前。请正对摄像头再试一次（还可尝试 {left} 次）。</source>
        <translation>We could not confirm a live person in front of the camera. Please face the camera and try again ({left} tries left).</translation>
    </message>
    <message>
        <source>没有看到人脸。请站在摄像头正前方，再试一次。</source>
        <translation>No face was seen. Please stand straight in front of the camera and try again.</translation>
    </message>
    <message>
        <source>镜头前有多人。请只留办理人本人在摄像头前，再试一次。</source>
        <translation>There is more than one person in front of the camera. Please let only the applicant face the camera and try again.</translation>
    </message>
    <message>
        <source>请正对摄像头，慢慢眨两次眼</source>
        <translation>Please face the camera and blink slowly twice</translation>
    </message>
    <message>
        <source>请正对摄像头，然后慢慢向左转头</source>
        <translation>Please face the camera, then slowly turn your head to the left</translation>
    </message>
    <message>
        <source>请正对摄像头，然后慢慢向右转头</source>
        <translation>Please face the camera, then slowly turn your head to the right</translation>
    </message>
    <message>
        <source>多次比对未通过。您可以请工作人员帮办，或到服务窗口办理。</source>
        <translation>The face check did not pass. A member of staff can help you, or you can go to a service counter.</translation>
    </message>
    <message>
        <source>设备暂时无法使用，本事项暂停服务。其他事项仍可办理。</source>
        <translation>A device is not working, so this service is paused. Other services are still available.</translation>
    </message>
    <message>
        <source>打印机缺纸，暂时无法打印。已通知工作人员。</source>
        <translation>The printer is out of paper. Staff have been told.</translation>
    </message>
    <message>
        <source>打印机盖未关好，暂时无法打印。已通知工作人员。</source>
        <translation>The printer cover is open, so printing is paused. Staff have been told.</translation>
    </message>
    <message>
        <source>打印机卡纸，暂时无法打印。已通知工作人员。</source>
        <translation>The printer has a paper jam. Staff have been told.</translation>
    </message>
    <message>
        <source>证明文件生成失败，请重试。</source>
        <translation>The certificate could not be prepared. Please try again.</translation>
    </message>
    <message>
        <source>暂时无法连接政务服务平台。请稍后重试。</source>
        <translation>The government service platform cannot be reached. Please try again shortly.</translation>
    </message>
    <message>
        <source>政务服务平台响应超时。请稍后重试。</source>
        <translation>The government service platform did not answer in time. Please try again shortly.</translation>
    </message>
    <message>
        <source>政务服务平台暂时出现问题。请稍后重试。</source>
        <translation>The government service platform has a problem. Please try again shortly.</translation>
    </message>
    <message>
        <source>平台上没有查到您的相关记录。如有疑问请拨打咨询电话。</source>
        <translation>No record was found for you. If you think this is wrong, please call the help desk.</translation>
    </message>
    <message>
        <source>政务服务平台返回的信息有误。请稍后重试。</source>
        <translation>The platform sent an answer that could not be used. Please try again shortly.</translation>
    </message>
    <message>
        <source>出现了意外问题。请重试，或请工作人员帮助。</source>
        <translation>Something unexpected happened. Please try again, or ask a member of staff.</translation>
    </message>
    <message>
        <source>请填写这一项</source>
        <translation>Please fill this in</translation>
    </message>
    <message>
        <source>内容太长了，请删减</source>
        <translation>This is too long, please shorten it</translation>
    </message>
    <message>
        <source>请从选项中选择一项</source>
        <translation>Please choose one of the options</translation>
    </message>
    <message>
        <source>只能填写数字</source>
        <translation>Digits only, please</translation>
    </message>
    <message>
        <source>请填写11位手机号码，以1开头</source>
        <translation>Please enter an 11-digit mobile number starting with 1</translation>
    </message>
    <message>
        <source>请按 年-月-日 填写日期，例如 2024-05-01</source>
        <translation>Please enter the date as year-month-day, e.g. 2024-05-01</translation>
    </message>
    <message>
        <source>请填写大于0的金额，最多两位小数</source>
        <translation>Please enter an amount above 0 with at most two decimals</translation>
    </message>
    <message>
        <source>身份证号码应为18位</source>
        <translation>An ID number has 18 characters</translation>
    </message>
    <message>
        <source>身份证号码只能是数字，最后一位可以是X</source>
        <translation>An ID number is digits only; the last one may be X</translation>
    </message>
    <message>
        <source>身份证号码中的出生日期不对，请核对</source>
        <translation>The birth date inside this ID number is not a real date; please check it</translation>
    </message>
    <message>
        <source>身份证号码有误（校验位不对），请逐位核对</source>
        <translation>This ID number is not valid (check digit); please check each digit</translation>
    </message>
    <message>
        <source>办理完成，感谢您的使用</source>
        <translation>All done, thank you</translation>
    </message>
    <message>
        <source>已取消办理</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>身份证已移开，本次办理已结束</source>
        <translation>The ID card was removed, so this service has ended</translation>
    </message>
    <message>
        <source>长时间无操作，本次办理已结束</source>
        <translation>Nothing happened for a while, so this service has ended</translation>
    </message>
    <message>
        <source>本次办理已结束</source>
        <translation>This service has ended</translation>
    </message>
    <message>
        <source>本次办理已结束。如需帮助请联系工作人员</source>
        <translation>This service has ended. Please ask a member of staff for help</translation>
    </message>
    <message>
        <source>正在扫描并检查图像，请不要移动材料…</source>
        <translation>Scanning and checking the image, please do not move the paper…</translation>
    </message>
    <message>
        <source>正在提交申请，请稍候…</source>
        <translation>Sending your application, please wait…</translation>
    </message>
    <message>
        <source>扫描仪上没有检测到材料。请把材料有字的一面朝下放好，盖好盖板，再点“开始扫描”。</source>
        <translation>No paper was found on the scanner. Put it face down, close the lid, then touch &quot;Start scanning&quot;.</translation>
    </message>
    <message>
        <source>扫描仪盖板没有盖好。请盖好盖板，再点“开始扫描”。</source>
        <translation>The scanner lid is open. Close it, then touch &quot;Start scanning&quot;.</translation>
    </message>
    <message>
        <source>扫描仪正忙，请稍等几秒再点“开始扫描”。</source>
        <translation>The scanner is busy. Wait a few seconds, then touch &quot;Start scanning&quot;.</translation>
    </message>
    <message>
        <source>扫描仪卡纸，暂时无法扫描。已通知工作人员。</source>
        <translation>The scanner has a paper jam. Staff have been told.</translation>
    </message>
    <message>
        <source>扫描图像无法识别。请重新放好材料再扫描一次。</source>
        <translation>The scanned image could not be read. Put the paper back in place and scan again.</translation>
    </message>
    <message>
        <source>图像模糊，文字看不清。请把材料压平放稳，扫描时不要移动，然后重新扫描。</source>
        <translation>The image is blurred and the words cannot be read. Lay the paper flat, keep it still while scanning, and scan again.</translation>
    </message>
    <message>
        <source>图像太淡，文字不清楚。请确认放的是有字的一面；复印件太淡请换一份清晰的，然后重新扫描。</source>
        <translation>The image is too faint to read. Check that the printed side faces down; if a copy is too faint, use a clearer one, then scan again.</translation>
    </message>
    <message>
        <source>图像太暗。请盖好盖板，避免强光或阴影照在材料上，然后重新扫描。</source>
        <translation>The image is too dark. Close the lid, keep bright light and shadows off the paper, and scan again.</translation>
    </message>
    <message>
        <source>材料在图像中太小，文字会看不清。请把材料放在扫描区中间，然后重新扫描。</source>
        <translation>The paper is too small in the image to read. Put it in the middle of the scanner and scan again.</translation>
    </message>
    <message>
        <source>扫描到的是空白页。请把有字的一面朝下放好，然后重新扫描。</source>
        <translation>That was a blank page. Put the printed side face down and scan again.</translation>
    </message>
    <message>
        <source>还没有签名。请用手指在框内写下您的姓名。</source>
        <translation>There is no signature yet. Write your name in the box with your finger.</translation>
    </message>
    <message>
        <source>签名太小或太短，无法辨认。请点“清除重签”，在框内写大一些、写完整姓名。</source>
        <translation>The signature is too small or too short to recognise. Touch &quot;Clear and sign again&quot; and write your full name larger.</translation>
    </message>
</context>
<context>
    <name>OperatorLoginScreen</name>
    <message>
        <source>工号或密码不对，请重新输入。</source>
        <translation>Wrong staff number or PIN. Please try again.</translation>
    </message>
    <message>
        <source>错误次数过多，账号已锁定15分钟。</source>
        <translation>Too many wrong tries: the account is locked for 15 minutes.</translation>
    </message>
    <message>
        <source>此账号没有运维权限（帮办人员不能进入维护界面）。</source>
        <translation>This account has no maintenance rights (volunteers cannot open maintenance).</translation>
    </message>
    <message>
        <source>有群众正在办理业务，请稍后再试。</source>
        <translation>A citizen is using the kiosk. Please try again later.</translation>
    </message>
    <message>
        <source>运维人员登录</source>
        <translation>Operator login</translation>
    </message>
    <message>
        <source>仅限运维人员。登录、失败和所有操作都记入审计日志。</source>
        <translation>Operators only. Logins, failures and every action are written to the audit log.</translation>
    </message>
    <message>
        <source>密码已过期，请设置新密码</source>
        <translation>Your password has expired; please set a new one</translation>
    </message>
    <message>
        <source>按规定须定期更换密码。新密码至少10位，包含大写、小写、数字、符号中的三类。</source>
        <translation>Passwords must be changed regularly. A new password has at least 10 characters and three of: capitals, small letters, digits, symbols.</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Enter it again</translation>
    </message>
    <message>
        <source>{0}，已输入 {1} 位</source>
        <translation>{0}, {1} characters entered</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在核验…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>StaffLoginScreen</name>
    <message>
        <source>工作人员登录（帮办代办）</source>
        <translation>Staff login (assisted service)</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>密码，已输入 {0} 位</source>
        <translation>PIN, {0} digits entered</translation>
    </message>
    <message>
        <source>工号或密码不对，请重新输入。</source>
        <translation>Wrong staff number or PIN. Please try again.</translation>
    </message>
    <message>
        <source>正在读取工作证，请稍候…</source>
        <translation>Reading the staff card, please wait…</translation>
    </message>
    <message>
        <source>这张工作证未登记。请输入工号和密码，或请管理员登记此卡。</source>
        <translation>This staff card is not registered. Enter your staff number and PIN, or ask the administrator to register it.</translation>
    </message>
    <message>
        <source>未登记的卡刷卡次数过多，刷卡登录已暂停15分钟。请输入工号和密码。</source>
        <translation>Too many unregistered cards: card login is paused for 15 minutes. Enter your staff number and PIN.</translation>
    </message>
    <message>
        <source>这是居民身份证，不能用于工作人员登录，本机没有读取其中的信息。请收好您的证件。</source>
        <translation>This is a resident ID card; it cannot be used for staff login and nothing on it was read. Please keep your card.</translation>
    </message>
    <message>
        <source>读卡时卡被移开了，请重新刷工作证。</source>
        <translation>The card was moved while it was being read. Please present the staff card again.</translation>
    </message>
    <message>
        <source>读卡器暂时无法使用，请输入工号和密码。</source>
        <translation>The card reader is not working: enter your staff number and PIN.</translation>
    </message>
    <message>
        <source>无法识别这张卡，请重新刷工作证，或输入工号和密码。</source>
        <translation>This card cannot be read. Present the staff card again, or enter your staff number and PIN.</translation>
    </message>
    <message>
        <source>刷工作证或输入工号和密码。帮办时由您操作，身份核验仍由办事人本人完成。</source>
        <translation>Present your staff card or enter your staff number and PIN. You will operate the screens; the citizen still proves their own identity.</translation>
    </message>
    <message>
        <source>培训模式：刷工作证 {0}</source>
        <translation>Training mode: present staff card {0}</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>StepScreen</name>
    <message>
        <source>第 {0} 步，共 {1} 步</source>
        <translation>Step {0} of {1}</translation>
    </message>
    <message>
        <source>退出办理</source>
        <translation>Exit</translation>
    </message>
</context>
<context>
    <name>StepViews</name>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>摄像头画面，仅在屏幕上显示，不会保存</source>
        <translation>Camera picture: shown on screen only, never saved</translation>
    </message>
    <message>
        <source>第 {0} 次，共可尝试 {1} 次</source>
        <translation>Try {0} of {1}</translation>
    </message>
    <message>
        <source>办理前请了解（一次性告知）</source>
        <translation>Before you start: everything you need</translation>
    </message>
    <message>
        <source>办理条件</source>
        <translation>Who can use this service</translation>
    </message>
    <message>
        <source>所需材料</source>
        <translation>What you need</translation>
    </message>
    <message>
        <source>办理标准</source>
        <translation>Time and cost</translation>
    </message>
    <message>
        <source>费用：{0} 元</source>
        <translation>Fee: CNY {0}</translation>
    </message>
    <message>
        <source>点击“同意并开始”即表示您同意本机读取身份证并进行人脸比对，信息仅用于本次办理，办完即清除。</source>
        <translation>By touching &quot;Agree and start&quot; you allow this kiosk to read your ID card and check your face. Your information is used only for this service and erased when you finish.</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>同意并开始</source>
        <translation>Agree and start</translation>
    </message>
    <message>
        <source>不方便刷脸？改用手机短信验证码</source>
        <translation>Can&apos;t use the camera? Use a code sent to your phone</translation>
    </message>
    <message>
        <source>本次由工作人员（工号 {0}）协助操作，身份证和人脸核验仍由您本人完成。请您本人确认是否同意由工作人员协助办理。</source>
        <translation>A staff member (No. {0}) will operate the screens for you; you still prove your identity with your own card and face. Please confirm yourself that you agree to this help.</translation>
    </message>
    <message>
        <source>本人同意协助并开始</source>
        <translation>I agree to be helped; start</translation>
    </message>
    <message>
        <source>请将身份证放在读卡区</source>
        <translation>Place your ID card on the reader</translation>
    </message>
    <message>
        <source>读卡区在屏幕下方，标有身份证图标。读卡后请不要拿走，办完再取。</source>
        <translation>The reader is below the screen, marked with an ID card symbol. Leave the card there until you finish.</translation>
    </message>
    <message>
        <source>培训模式：选择一张测试身份证放入读卡器</source>
        <translation>Training mode: choose a test ID card to put on the reader</translation>
    </message>
    <message>
        <source>应付金额：{0} 元</source>
        <translation>Amount to pay: CNY {0}</translation>
    </message>
    <message>
        <source>收款单位：{0}</source>
        <translation>Payee: {0}</translation>
    </message>
    <message>
        <source>付款二维码</source>
        <translation>Payment QR code</translation>
    </message>
    <message>
        <source>请用微信或支付宝扫描二维码付款；也可以把手机上的付款码对准下方扫码口。</source>
        <translation>Scan the QR code with WeChat or Alipay to pay, or hold your phone&apos;s payment code to the scanner below.</translation>
    </message>
    <message>
        <source>二维码 {0} 秒后失效</source>
        <translation>The QR code expires in {0} seconds</translation>
    </message>
    <message>
        <source>培训模式：模拟手机扫码付款</source>
        <translation>Training mode: pay with a simulated phone</translation>
    </message>
    <message>
        <source>点此用屏幕键盘输入</source>
        <translation>Touch here to type with the on-screen keyboard</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>办理人：{0}</source>
        <translation>Applicant: {0}</translation>
    </message>
    <message>
        <source>完成，不打印</source>
        <translation>Finish without printing</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>打印完成，请取走您的材料。</source>
        <translation>Printed. Please take your paper.</translation>
    </message>
    <message>
        <source>请您对本次服务进行评价（好差评）</source>
        <translation>Please rate this service</translation>
    </message>
    <message>
        <source>跳过评价</source>
        <translation>Skip rating</translation>
    </message>
    <message>
        <source>您选择了“{0}”。请告诉我们原因（必选）：</source>
        <translation>You chose &quot;{0}&quot;. Please tell us why (required):</translation>
    </message>
    <message>
        <source>其他原因：</source>
        <translation>Another reason:</translation>
    </message>
    <message>
        <source>其他原因</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <source>提交其他原因</source>
        <translation>Send this reason</translation>
    </message>
    <message>
        <source>改用手机短信验证码</source>
        <translation>Use a code sent to my phone</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>请工作人员帮办</source>
        <translation>Ask staff for help</translation>
    </message>
    <message>
        <source>结束办理</source>
        <translation>End now</translation>
    </message>
</context>
<context>
    <name>TextKeyboard</name>
    <message>
        <source>大写</source>
        <translation>Caps</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>UnderMaintenanceScreen</name>
    <message>
        <source>设备维护中</source>
        <translation>Under maintenance</translation>
    </message>
    <message>
        <source>Under maintenance</source>
        <translation>Under maintenance</translation>
    </message>
    <message>
        <source>工作人员正在维护本机，暂停办理业务。咨询电话 {0}</source>
        <translation>Staff are servicing this kiosk; services are paused. Help desk phone {0}</translation>
    </message>
</context>
</TS>
