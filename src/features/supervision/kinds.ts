// The kinds of inspection (巡回检查 / 跟踪督办 / 专项督查), shared by the schemas and the browser form.
export const INSPECTION_KINDS = ["PATROL", "FOLLOW_UP", "SPECIAL"] as const;
