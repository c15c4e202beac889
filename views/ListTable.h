#pragma once
// The one look of the workstation's list tables: whole rows chosen one at a time, read-only,
// alternating colours, dense fixed-height rows without row numbers.

class QTableView;

namespace eagle {

// Fixed row heights keep 5,000 rows cheap (ResizeToContents would measure every row).
void styleListTable(QTableView* table);

}  // namespace eagle
