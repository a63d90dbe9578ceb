$(function(){function load(){var r=location.hash.replace(/^#!/,'')||'/';$('#content').load('/ajax.php?route='+encodeURIComponent(r));}$(window).hashchange(load);load();});
