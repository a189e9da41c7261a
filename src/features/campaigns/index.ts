// What other areas use of campaigns: the picker's choices and the campaign a page shows.
export { ALL_CAMPAIGNS } from "./constants";
export { chosenCampaign, currentCampaign, currentCampaignWhere, getCampaign, listCampaigns, writableCampaignChoices, writesCampaign, type CampaignSummary, type ListedCampaign } from "./queries";
export { CampaignSelect } from "./components/campaign-select";
