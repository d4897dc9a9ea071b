// legacy menu script (image rollovers)
function MM_swapImgRestore(){}
function MM_preloadImages(){}
