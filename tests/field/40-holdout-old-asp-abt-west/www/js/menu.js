function MM_swapImgRestore(){}
function MM_preloadImages(){}
