"""Qt Linguist catalogues: zh_CN is the source language; *.ts are edited, *.qm compiled."""
