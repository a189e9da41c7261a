// Campaigns are data (the Campaign model, src/features/campaigns); their days are read and shown
// in Beijing time.
export const TIME_ZONE = "Asia/Shanghai";
