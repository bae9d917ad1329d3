${indent}select ${option}
