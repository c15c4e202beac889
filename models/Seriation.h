#pragma once
// Orders the rows of a table so that similar rows sit next to each other (seriation), for
// heatmaps: rows are projected on their first principal component after standardising each
// column; undefined cells take their column's mean.

#include <cstddef>
#include <vector>

namespace eagle {

// rows[i][j]: row i, column j (all rows the same length). Returns row indices in display order;
// deterministic, ties kept in their original order.
std::vector<std::size_t> orderBySimilarity(const std::vector<std::vector<double>>& rows);

}  // namespace eagle
